using WorkflowEngine.Persistence;

namespace WorkflowEngine.Testing.Load;

/// <summary>
/// Several server processes on one database, as a production deployment runs them behind a load balancer: clients pick
/// a live node per request, and a node can be killed (SIGKILL) and started again on a new port.
/// </summary>
public sealed class ServerNodes : IAsyncDisposable
{
    readonly ServerProcess?[] _slots;
    readonly PersistenceOptions _persistence;
    readonly IDictionary<string, string> _settings;
    readonly Lock _gate = new();

    ServerNodes(PersistenceOptions persistence, IDictionary<string, string> settings, int count)
    {
        _persistence = persistence;
        _settings = settings;
        _slots = new ServerProcess?[count];
    }

    public int Count => _slots.Length;
    public int Kills { get; private set; }

    /// <summary>Starts <paramref name="count"/> nodes; the first alone, so that it migrates and seeds before the others start.</summary>
    public static async Task<ServerNodes> StartAsync(PersistenceOptions persistence, int count, IDictionary<string, string> settings)
    {
        var nodes = new ServerNodes(persistence, settings, count);
        nodes._slots[0] = await ServerProcess.StartAsync(persistence, settings, TimeSpan.FromMinutes(3));
        var others = await Task.WhenAll(Enumerable.Range(1, count - 1).Select(_ => ServerProcess.StartAsync(persistence, settings, TimeSpan.FromMinutes(3))));
        for (var i = 1; i < count; i++) nodes._slots[i] = others[i - 1];
        return nodes;
    }

    /// <summary>The live nodes now.</summary>
    public IReadOnlyList<ServerProcess> Live { get { lock (_gate) return [.. _slots.OfType<ServerProcess>()]; } }

    /// <summary>A live node other than <paramref name="avoid"/> when there is one: the client-side load balancer.</summary>
    public Uri Pick(Uri? avoid = null)
    {
        var live = Live;
        if (live.Count == 0) throw new InvalidOperationException("no node is up");
        var others = live.Where(n => n.Address != avoid).ToList();
        var from = others.Count > 0 ? others : live;
        return from[Random.Shared.Next(from.Count)].Address;
    }

    /// <summary>SIGKILLs the node in <paramref name="slot"/>; it is out of the balancer before it dies.</summary>
    public void Kill(int slot)
    {
        ServerProcess? node;
        lock (_gate)
        {
            node = _slots[slot];
            _slots[slot] = null;
        }
        if (node is null) return;
        node.Kill();
        Kills++;
        _ = node.DisposeAsync();
    }

    /// <summary>Starts a node again in an empty slot (on a new port).</summary>
    public async Task RestartAsync(int slot)
    {
        var node = await ServerProcess.StartAsync(_persistence, _settings, TimeSpan.FromMinutes(3));
        lock (_gate) _slots[slot] = node;
    }

    /// <summary>
    /// Until <paramref name="stop"/>: every few seconds kills a random live node (never the last one) and starts it
    /// again on a new port after a short pause. Returns how many kills it made.
    /// </summary>
    public async Task<int> RunChaosAsync(TimeSpan minGap, TimeSpan maxGap, CancellationToken stop)
    {
        var restarts = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(Between(minGap, maxGap), stop);
                int[] live;
                lock (_gate) live = [.. Enumerable.Range(0, _slots.Length).Where(i => _slots[i] is not null)];
                if (live.Length < 2) continue;
                var slot = live[Random.Shared.Next(live.Length)];
                Kill(slot);
                restarts.Add(Task.Run(async () =>
                {
                    await Task.Delay(Between(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2)));
                    await RestartAsync(slot);
                }));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        await Task.WhenAll(restarts);
        return Kills;
    }

    /// <summary>Resident memory of each live node: now (VmRSS) and at its peak (VmHWM), in MB.</summary>
    public IReadOnlyList<(int ProcessId, long ResidentMb, long PeakMb)> Memory() =>
        [.. Live.Select(n => (n.ProcessId, StatusKb(n.ProcessId, "VmRSS:") / 1024, StatusKb(n.ProcessId, "VmHWM:") / 1024))];

    /// <summary>CPU time (user and system) the live nodes have used since they started, from /proc/&lt;pid&gt;/stat.</summary>
    public TimeSpan CpuTime() => TimeSpan.FromSeconds(Live.Sum(n => CpuTicks(n.ProcessId)) / 100.0);

    static long CpuTicks(int processId)
    {
        try
        {
            // Fields after the command name (which may hold spaces): state is the 3rd field, utime the 14th and stime the 15th.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException) { return 0; }
    }

    static long StatusKb(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException) { return 0; }
    }

    static TimeSpan Between(TimeSpan min, TimeSpan max) => min + (max - min) * Random.Shared.NextDouble();

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Live) await node.DisposeAsync();
        lock (_gate) Array.Clear(_slots);
    }
}
