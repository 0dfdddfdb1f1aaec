namespace WorkflowEngine.Testing.Load;

/// <summary>Latencies of answered requests by operation (create-case, complete-task …), with percentiles.</summary>
public sealed class Latencies
{
    readonly Dictionary<string, List<double>> _byOperation = [];
    readonly Lock _gate = new();

    public void Add(string operation, TimeSpan elapsed)
    {
        lock (_gate)
        {
            if (!_byOperation.TryGetValue(operation, out var list)) _byOperation[operation] = list = [];
            list.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Adds another client's figures to these.</summary>
    public void Merge(Latencies other)
    {
        lock (other._gate)
            foreach (var (operation, values) in other._byOperation)
                lock (_gate)
                {
                    if (!_byOperation.TryGetValue(operation, out var list)) _byOperation[operation] = list = [];
                    list.AddRange(values);
                }
    }

    public int Count(string operation) { lock (_gate) return _byOperation.TryGetValue(operation, out var list) ? list.Count : 0; }

    /// <summary>The p-th percentile in milliseconds (nearest rank), or NaN when nothing was recorded.</summary>
    public double Percentile(string operation, double p)
    {
        double[] sorted;
        lock (_gate)
        {
            if (!_byOperation.TryGetValue(operation, out var list) || list.Count == 0) return double.NaN;
            sorted = [.. list];
        }
        Array.Sort(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public IReadOnlyList<string> Operations { get { lock (_gate) return [.. _byOperation.Keys.Order()]; } }
}
