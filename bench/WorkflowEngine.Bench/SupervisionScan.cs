using System.Diagnostics;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>
/// How long the supervision scan takes over many running clocks: once when no level changes (the usual minute), and
/// once when a share of them crosses into Warning at the same moment (each crossing writes the clock, an alert, a
/// journal line and an outbox message in its own transaction).
/// </summary>
internal static class SupervisionScan
{
    public static async Task RunAsync(TestDatabase database, int clocks)
    {
        await using var engine = await TestEngine.StartAsync(database);
        var seeding = Stopwatch.StartNew();
        for (var i = 0; i < clocks; i++)
            // Accepted on Friday 7 March 2025; a third each with 6, 10 and 20 committed working days.
            await engine.StartClockAsync(at: "2025-03-07 10:00", committed: (i % 3) switch { 0 => "6d", 1 => "10d", _ => "20d" }, statutory: "20d");
        Console.WriteLine($"{database,-10} {clocks} running clocks written in {seeding.Elapsed.TotalSeconds:F0} s");

        var quiet = Stopwatch.StartNew();
        var raised = await engine.ScanAsync("2025-03-10 10:00");
        quiet.Stop();
        var busy = Stopwatch.StartNew();
        var crossing = await engine.ScanAsync("2025-03-14 17:30");
        busy.Stop();
        Console.WriteLine($"{database,-10} supervision scan over {clocks} clocks: {quiet.Elapsed.TotalSeconds:F2} s with {raised} level changes, " +
            $"{busy.Elapsed.TotalSeconds:F2} s when {crossing} crossed a threshold ({busy.Elapsed.TotalMilliseconds / Math.Max(1, crossing):F2} ms per alert)");
    }
}
