using System.Diagnostics;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>
/// Firing lag of durable timers and the server's memory while many timers are pending: a real server process
/// with the default one-second sweep, N timers due far in the future, and a sample of timers due within seconds.
/// Lag = when the timer's activity completed (journal) minus when it was due.
/// </summary>
internal static class TimerLag
{
    public static async Task RunAsync(TestDatabase database, int pending, int sample)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using var engine = await TestEngine.StartAsync(persistence);
        var far = await engine.PublishAsync(Wait("30d").Build());
        var soon = await engine.PublishAsync(Wait("00:00:10").Build());

        var seeding = Stopwatch.StartNew();
        await Parallel.ForAsync(0, pending, new ParallelOptions { MaxDegreeOfParallelism = database == TestDatabase.PostgreSql ? 8 : 1 },
            async (_, ct) => await engine.Runtime.StartAsync(far.DefinitionId, new StartRequest(), ct));
        Console.WriteLine($"{database,-10} {pending} pending timers written in {seeding.Elapsed.TotalSeconds:F0} s");

        await using var server = await ServerProcess.StartAsync(persistence);
        await Task.Delay(TimeSpan.FromSeconds(5)); // let it settle before the sample comes due
        var due = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < sample; i++)
        {
            var run = await engine.Runtime.StartAsync(soon.DefinitionId, new StartRequest());
            due[run.InstanceId] = run.Bookmarks.Single().DueAt!.Value;
            if (i % 10 == 9) await Task.Delay(50); // spread the due times over a few seconds
        }
        var memory = ResidentMegabytes(server);

        var deadline = DateTime.UtcNow.AddMinutes(2);
        List<double> lags;
        while (true)
        {
            lags = await engine.InScopeAsync<WorkflowDbContext, List<double>>(async db =>
            {
                var ids = due.Keys.ToList();
                var done = db.Journal.Where(j => ids.Contains(j.InstanceId) && j.Event == JournalEvents.Completed && j.NodeId == "wait")
                    .Select(j => new { j.InstanceId, j.At }).ToList();
                await Task.CompletedTask;
                return done.Select(d => (d.At - due[d.InstanceId]).TotalMilliseconds).ToList();
            });
            if (lags.Count == sample || DateTime.UtcNow > deadline) break;
            await Task.Delay(500);
        }
        lags.Sort();
        Console.WriteLine($"{database,-10} firing lag over {lags.Count} of {sample} timers with {pending} pending: " +
            $"p50 {Percentile(lags, 0.50):F0} ms, p99 {Percentile(lags, 0.99):F0} ms, max {lags[^1]:F0} ms; server resident memory {memory} MB " +
            $"(after the sample: {ResidentMegabytes(server)} MB)");
    }

    static Flow Wait(string duration) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("wait", "Time.Delay", ("duration", duration), ("counting", "CalendarTime"))
        .Activity("end", "Elsa.End")
        .Connect("start", "wait").Connect("wait", "end");

    static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    static long ResidentMegabytes(ServerProcess server) =>
        File.ReadLines($"/proc/{server.ProcessId}/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb
            ? long.Parse(kb) / 1024 : 0;
}
