using System.Diagnostics;

namespace WorkflowEngine.Bench;

/// <summary>Runs a number of instances split over concurrent clients and measures the whole, in instances per second.</summary>
internal static class Clients
{
    /// <param name="work">one client's share: its number, the first instance number and how many to run</param>
    public static async Task<double> RunAsync(int clients, int instances, Func<int, int, int, Task> work)
    {
        var share = instances / clients;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c =>
            Task.Run(() => work(c, c * share, c == clients - 1 ? instances - c * share : share))));
        stopwatch.Stop();
        return instances / stopwatch.Elapsed.TotalSeconds;
    }
}
