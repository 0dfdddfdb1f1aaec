using System.Diagnostics;

namespace WorkflowEngine.Testing.Load;

/// <summary>
/// Holds a fixed request rate across all clients: the n-th request may leave at start + n / rate. A client that is late
/// for its slot goes at once, so the rate is kept as long as enough clients are waiting.
/// </summary>
public sealed class Pacer(double requestsPerSecond)
{
    readonly long _start = Stopwatch.GetTimestamp();
    long _issued = -1;

    public double RequestsPerSecond => requestsPerSecond;

    public async Task WaitAsync()
    {
        var slot = Interlocked.Increment(ref _issued);
        var due = TimeSpan.FromSeconds(slot / requestsPerSecond) - Stopwatch.GetElapsedTime(_start);
        if (due > TimeSpan.Zero) await Task.Delay(due);
    }
}
