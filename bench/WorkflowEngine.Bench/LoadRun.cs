using System.Diagnostics;
using WorkflowEngine.Testing;
using WorkflowEngine.Testing.Load;

namespace WorkflowEngine.Bench;

/// <summary>What one load run is: database, nodes, clients, how long, and an optional fixed request rate.</summary>
internal sealed record LoadPlan(TestDatabase Database, int Nodes, int Clients, TimeSpan Duration, double? Rate, TimeSpan Warmup);

/// <summary>
/// The integrator API under load: real server processes on one database, N clients each taking a case in and working
/// its tasks through the API (food licences, every fourth case a business opening with five departments in parallel),
/// for a fixed time or at a fixed request rate. Prints throughput, latency percentiles per operation and each node's memory.
/// </summary>
internal static class LoadRun
{
    public static async Task RunAsync(LoadPlan plan)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(plan.Database);
        await using var nodes = await ServerNodes.StartAsync(persistence, plan.Nodes, IntegratorSetup.Node());
        var key = await IntegratorSetup.PrepareAsync(nodes.Pick());
        var label = $"{plan.Database,-10} {plan.Nodes} node{(plan.Nodes > 1 ? "s" : " ")} {plan.Clients,3} clients" + (plan.Rate is { } r ? $" at {r:F0} req/s" : "");

        // Warm-up: JIT, connection pools and the caches settle; its figures are thrown away.
        await DriveAsync(nodes, key, plan with { Duration = plan.Warmup }, serialBase: 1_000_000);
        var load = LoadAverage();
        var memory = new Dictionary<int, long>();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleMemoryAsync(nodes, memory, sampling.Token);
        var cpuBefore = nodes.CpuTime();
        var (latencies, elapsed, cases, problems) = await DriveAsync(nodes, key, plan, serialBase: 0);
        var cpu = nodes.CpuTime() - cpuBefore;
        await sampling.CancelAsync();
        await sampler;

        var requests = latencies.Operations.Sum(latencies.Count);
        Console.WriteLine($"{label}: {requests / elapsed.TotalSeconds:F0} requests/s over {elapsed.TotalSeconds:F0} s, {cases} cases finished " +
            $"({cases / elapsed.TotalSeconds:F1}/s); server CPU {cpu.TotalMilliseconds / requests:F1} ms per request; load average before {load} after {LoadAverage()}");
        foreach (var operation in latencies.Operations)
            Console.WriteLine($"{label}   {operation,-14} {latencies.Count(operation) / elapsed.TotalSeconds,7:F1}/s   p50 {latencies.Percentile(operation, 0.50),7:F1} ms" +
                $"   p95 {latencies.Percentile(operation, 0.95),7:F1} ms   p99 {latencies.Percentile(operation, 0.99),7:F1} ms");
        foreach (var (pid, resident, peak) in nodes.Memory())
            Console.WriteLine($"{label}   node pid {pid}: resident {memory.GetValueOrDefault(pid)} MB at most during the run, peak (VmHWM) {peak} MB, now {resident} MB");
        if (problems > 0) Console.WriteLine($"{label}   {problems} unexpected answers or failed walks (see above)");
        if (plan.Rate is { } rate && plan.Database == TestDatabase.PostgreSql)
        {
            var p99 = latencies.Percentile(CaseWalker.CompleteTask, 0.99);
            var achieved = requests / elapsed.TotalSeconds;
            var met = p99 < 50 && achieved >= rate * 0.95;
            Console.WriteLine($"{label}   target complete-task p99 < 50 ms at {rate:F0} requests/s on PostgreSQL: {(met ? "MET" : "NOT MET")} " +
                $"(p99 {p99:F1} ms at {achieved:F0} requests/s)");
        }
    }

    static async Task<(Latencies Latencies, TimeSpan Elapsed, int Cases, int Problems)> DriveAsync(ServerNodes nodes, string key, LoadPlan plan, int serialBase)
    {
        var pacer = plan.Rate is { } rate ? new Pacer(rate) : null;
        using var stop = new CancellationTokenSource(plan.Duration);
        var clients = Enumerable.Range(0, plan.Clients).Select(_ => new IntegratorClient(nodes.Pick, key, TimeSpan.FromSeconds(30), pacer)).ToList();
        var walkers = clients.Select(c => new CaseWalker(c)).ToList();
        var finished = 0;
        var failed = 0;
        var next = serialBase - 1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(walkers.Select(walker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var serial = Interlocked.Increment(ref next);
                var package = serial % 4 == 1 ? Applications.OpenBusiness : Applications.FoodLicence;
                try
                {
                    await walker.WalkAsync(package, serial, $"load-{Guid.NewGuid():N}", stop.Token);
                    Interlocked.Increment(ref finished);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                catch (Exception e)
                {
                    if (Interlocked.Increment(ref failed) <= 5) Console.WriteLine($"  case {serial} failed: {e.Message}");
                }
            }
        })));
        var elapsed = watch.Elapsed;
        var all = new Latencies();
        foreach (var client in clients)
        {
            all.Merge(client.Latencies);
            client.Dispose();
        }
        foreach (var answer in walkers.SelectMany(w => w.UnexpectedAnswers).Take(5)) Console.WriteLine("  unexpected: " + answer);
        return (all, elapsed, finished, failed + walkers.Sum(w => w.Unexpected));
    }

    static async Task SampleMemoryAsync(ServerNodes nodes, Dictionary<int, long> highest, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (pid, resident, _) in nodes.Memory()) highest[pid] = Math.Max(highest.GetValueOrDefault(pid), resident);
                await Task.Delay(1000, stop);
            }
        }
        catch (OperationCanceledException) { }
    }

    static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
