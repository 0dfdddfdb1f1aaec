// Prints instances per second for start → fork into 3 waiting branches → resume each (own commit) → join → end,
// on the engine and on hand-written ADO.NET doing the same commits, per database, from one run.
//   dotnet run -c Release --project bench/WorkflowEngine.Bench -- [--instances N] [--rounds R] [--databases sqlite,postgres] [--clients C] [--no-peer]
// On PostgreSQL the same process also runs on bpmn-engine (Node; bench/bpmn-engine) in the same run, and the ratios are printed.
// Timer firing lag and server memory with many pending timers:
//   dotnet run -c Release --project bench/WorkflowEngine.Bench -- --timers 100000 [--sample 500] [--databases postgres,sqlite]
// Supervision scan over many running clocks:
//   dotnet run -c Release --project bench/WorkflowEngine.Bench -- --scan 10000 [--databases sqlite,postgres]
// The workbench inbox of one department with many open tasks:
//   dotnet run -c Release --project bench/WorkflowEngine.Bench -- --inbox 10000 [--databases sqlite,postgres]
// The integrator API under load from N clients, on server processes the bench starts (SQLite: one node; PostgreSQL: each
// node count given), for a fixed time, or holding a fixed request rate (--rate):
//   dotnet run -c Release --project bench/WorkflowEngine.Bench -- --load [--clients 16] [--seconds 30] [--warmup 10] [--databases sqlite,postgres] [--nodes 1,2] [--rate 200]
using System.Diagnostics;
using WorkflowEngine.Bench;
using WorkflowEngine.Testing;

if (Array.IndexOf(args, "--timers") >= 0)
{
    foreach (var name in ArgText("--databases", "postgres").Split(','))
        await TimerLag.RunAsync(name.Trim() == "sqlite" ? TestDatabase.Sqlite : TestDatabase.PostgreSql, Arg("--timers", 100_000), Arg("--sample", 500));
    return;
}

if (Array.IndexOf(args, "--scan") >= 0)
{
    foreach (var name in ArgText("--databases", "sqlite,postgres").Split(','))
        await SupervisionScan.RunAsync(name.Trim() == "sqlite" ? TestDatabase.Sqlite : TestDatabase.PostgreSql, Arg("--scan", 10_000));
    return;
}

if (Array.IndexOf(args, "--inbox") >= 0)
{
    foreach (var name in ArgText("--databases", "sqlite,postgres").Split(','))
        await InboxQuery.RunAsync(name.Trim() == "sqlite" ? TestDatabase.Sqlite : TestDatabase.PostgreSql, Arg("--inbox", 10_000));
    return;
}

if (Array.IndexOf(args, "--load") >= 0)
{
    double? rate = Array.IndexOf(args, "--rate") >= 0 ? Arg("--rate", 200) : null;
    Console.WriteLine($"integrator API under load: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    foreach (var name in ArgText("--databases", "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries))
    {
        var database = name.Trim() == "sqlite" ? TestDatabase.Sqlite : TestDatabase.PostgreSql;
        // SQLite is one node by nature (a file on one machine).
        var nodeCounts = database == TestDatabase.Sqlite ? [1] : ArgText("--nodes", "1,2").Split(',').Select(int.Parse).ToArray();
        foreach (var nodes in nodeCounts)
            await LoadRun.RunAsync(new LoadPlan(database, nodes, Arg("--clients", 16), TimeSpan.FromSeconds(Arg("--seconds", 30)), rate,
                TimeSpan.FromSeconds(Arg("--warmup", 10))));
    }
    return;
}

var instances = Arg("--instances", 2000);
var rounds = Arg("--rounds", 3);
var clients = Arg("--clients", 1);
var databases = ArgText("--databases", "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries);

Console.WriteLine($"fork/join benchmark: {instances} instances, 4 commits each (start + 3 resumes), {clients} concurrent client(s), {Environment.ProcessorCount} cores");
foreach (var name in databases)
{
    var database = name.Trim().ToLowerInvariant() == "postgres" ? TestDatabase.PostgreSql : TestDatabase.Sqlite;
    // Long enough for tiered JIT to settle on both sides; a short warm-up measured the JIT, not the engine.
    var warmup = Math.Max(500, instances / 2);
    await ForkJoinOnEngine.RunAsync(database, warmup, clients);
    await HandWrittenFloor.RunAsync(database, warmup, clients);
    // Rounds alternate engine and floor so that a noisy moment on the machine hits both; medians are reported.
    var engineRates = new List<double>();
    var floorRates = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        engineRates.Add(await ForkJoinOnEngine.RunAsync(database, instances, clients));
        floorRates.Add(await HandWrittenFloor.RunAsync(database, instances, clients));
    }
    var engine = Median(engineRates);
    var floor = Median(floorRates);
    Console.WriteLine($"{database,-10} engine: {engine,8:F0} instances/s   hand-written ADO.NET: {floor,8:F0} instances/s   engine/floor: {engine / floor:F2}" +
        $"   (medians of {rounds}; engine {string.Join(" ", engineRates.Select(r => r.ToString("F0")))}, floor {string.Join(" ", floorRates.Select(r => r.ToString("F0")))})");
    // The peer runs on PostgreSQL only: Node 20 has no SQLite driver that installs without a native build.
    if (database == TestDatabase.PostgreSql && Array.IndexOf(args, "--no-peer") < 0 && await BpmnEnginePeer.RunAsync(instances, clients) is { } peer)
        Console.WriteLine($"{database,-10} bpmn-engine (Node, state saved to PostgreSQL after every step): {peer,8:F0} instances/s   engine/bpmn-engine: {engine / peer:F1}   floor/bpmn-engine: {floor / peer:F1}");
}
Console.WriteLine($"whole run: allocated {GC.GetTotalAllocatedBytes() / 1_000_000} MB, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
    $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
string ArgText(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
