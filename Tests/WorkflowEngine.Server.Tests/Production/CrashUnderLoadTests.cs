using System.Collections.Concurrent;
using System.Diagnostics;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;
using WorkflowEngine.Testing.Load;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Production;

/// <summary>
/// Production mode: three nodes on one PostgreSQL database, integrators driving cases through whichever node is up, and
/// nodes killed with SIGKILL at random moments and started again. Afterwards the database must show every case decided
/// once, every task worked once, every timer acted once, and the receiver must hold every case event, signed and in order.
/// Size: <c>CRASH_CASES</c> (default 60) cases over <c>CRASH_CLIENTS</c> (default 6) concurrent clients.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CrashUnderLoadTests
{
    static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Test]
    public async Task Cases_worked_through_nodes_killed_at_random_all_finish_once_with_every_event_delivered()
    {
        var cases = Setting("CRASH_CASES", 60);
        var clients = Setting("CRASH_CLIENTS", 6);
        var run = Stopwatch.StartNew();
        var persistence = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);
        await using var nodes = await ServerNodes.StartAsync(persistence, 3, IntegratorSetup.Node());
        var key = await IntegratorSetup.PrepareAsync(nodes.Pick());
        // The receiver holds each request a little before answering, so that some kills land between its receipt and our 2xx.
        await using var receiver = new WebhookReceiver(failFirst: 0, answerAfter: TimeSpan.FromMilliseconds(150));
        receiver.Secret = await IntegratorSetup.SubscribeAsync(nodes.Pick(), key, receiver.Url);
        await using var engine = await TestEngine.StartAsync(persistence);
        var timerFlow = await engine.PublishAsync(new Flow { Name = "crash-test timer" }
            .Activity("start", "Elsa.Start").Activity("wait", "Time.Delay", ("duration", "00:00:01.500"), ("counting", "CalendarTime")).Activity("end", "Elsa.End")
            .Connect("start", "wait").Connect("wait", "end").Build());
        Console.WriteLine($"three nodes up after {run.Elapsed.TotalSeconds:F0} s");

        var driving = Stopwatch.StartNew();
        using var stopChaos = new CancellationTokenSource();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(180, cases * 1.5)));
        var chaos = nodes.RunChaosAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), stopChaos.Token);
        var timers = new ConcurrentBag<string>();
        var walked = new ConcurrentBag<WalkedCase>();
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        var http = Enumerable.Range(0, clients).Select(_ => new IntegratorClient(nodes.Pick, key, TimeSpan.FromSeconds(15))).ToList();
        var walkers = http.Select(c => new CaseWalker(c)).ToList();
        var load = walkers.Select(walker => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < cases; i = Interlocked.Increment(ref next))
            {
                // One timer workflow next to every fourth case, so that sweeps run on the nodes being killed.
                if (i % 4 == 0) timers.Add((await engine.Runtime.StartAsync(timerFlow.DefinitionId, new StartRequest())).InstanceId);
                var package = i % 4 == 1 ? Applications.OpenBusiness : Applications.FoodLicence;
                try { walked.Add(await walker.WalkAsync(package, i, $"crash-{i:D6}-{package}", deadline.Token)); }
                catch (Exception e) { failures.Enqueue($"case {i}: {e.GetType().Name} {e.Message}"); }
            }
        })).ToList();
        await Task.WhenAll(load);
        var driven = driving.Elapsed;
        await stopChaos.CancelAsync();
        var kills = await chaos;

        var database = new ProductionDatabase(persistence.ConnectionString);
        await DrainAsync(database, receiver, timers.Count);

        var retries = http.Sum(c => c.ConnectionRetries);
        foreach (var client in http) client.Dispose();
        Console.WriteLine($"{cases} cases ({walked.Count} walked) over {clients} clients and 3 nodes in {driven.TotalSeconds:F0} s ({cases / driven.TotalSeconds:F1}/s); {kills} kills; " +
            $"{retries} requests sent again after a connection error or timeout; {walkers.Sum(w => w.Unexpected)} unexpected answers; " +
            $"{http.Sum(c => c.ServerErrors)} 5xx answers; {WebhookChecks.Repeats(receiver.Accepted)} webhook repeats; whole test {run.Elapsed.TotalSeconds:F0} s");

        var rows = await database.CasesAsync();
        var records = await database.IdempotencyRecordsAsync();
        var tasks = await database.TasksPerCaseAsync();
        var timerActions = await database.TimerActionsAsync([.. timers]);
        var deliveries = await database.DeliveriesAsync();
        var webhookProblems = WebhookChecks.Problems(deliveries, receiver.Accepted);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty, "every case could be walked to its end");
            Assert.That(walkers.SelectMany(w => w.UnexpectedAnswers), Is.Empty, "no answer outside the documented ones");
            Assert.That(kills, Is.GreaterThan(0), "nodes were killed while the cases were worked");
            Assert.That(rows, Has.Count.EqualTo(cases), "one case per application, however often it was sent");
            Assert.That(records.Select(r => r.Key).Order(), Is.EqualTo(walked.Select(w => w.IdempotencyKey).Order()), "one idempotency record per application");
            Assert.That(records.Select(r => r.CaseNumber).Order(), Is.EqualTo(walked.Select(w => w.Number).Order()), "each record points at the case its client got");
            Assert.That(rows.Where(r => r.Status != "CompletedApproved").Select(r => $"{r.Number} {r.Status}"), Is.Empty, "every case was decided and issued");
            Assert.That(await database.UnfinishedInstancesAsync(), Is.Empty, "no instance left running, faulted or with an incident");
            Assert.That(await database.StuckInstancesAsync(), Is.Empty, "no running instance without a bookmark or an open task");
            Assert.That(await database.BookmarksWithSeveralTasksAsync(), Is.Empty, "one human task per bookmark");
            Assert.That(tasks.Where(t => t.Tasks != t.Completed || t.Tasks != Applications.TasksOf(rows.Single(r => r.Number == t.CaseNumber).Package!))
                .Select(t => $"{t.CaseNumber}: {t.Completed} of {t.Tasks}"), Is.Empty, "each case's tasks, each completed");
            Assert.That(await database.DuplicatedTaskJournalLinesAsync(), Is.Empty, "each task opened, claimed and completed once in the journal");
            Assert.That(await database.DuplicatedInstanceJournalLinesAsync(), Is.Empty, "each instance started and finished once in the journal");
            Assert.That(timerActions.Where(t => t.Value != 1).Select(t => $"{t.Key} acted {t.Value} times"), Is.Empty, "every timer acted exactly once");
            Assert.That(deliveries.Select(d => d.CaseNumber).Distinct().Count(), Is.EqualTo(cases), "every case had events for the subscriber");
            Assert.That(WebhookChecks.Repeats(receiver.Accepted) == 0 || kills > 0, Is.True, "an event is sent again only after a node died");
            Assert.That(webhookProblems, Is.Empty, "every case event arrived signed, in order per case, repeats only as the same event");
        }
    }

    /// <summary>Waits (at most two minutes) until the timers have acted and every case event has been fanned out and delivered.</summary>
    static async Task DrainAsync(ProductionDatabase database, WebhookReceiver receiver, int timers)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            var (undispatched, undelivered) = await database.WebhookBacklogAsync();
            var unfinished = await database.UnfinishedInstancesAsync();
            if (undispatched == 0 && undelivered == 0 && unfinished.Count == 0)
            {
                var expected = (await database.DeliveriesAsync()).Select(d => d.EventId).ToHashSet();
                if (expected.IsSubsetOf(receiver.Accepted.Select(e => e.EventId))) break;
            }
            await Task.Delay(500);
        }
        Console.WriteLine($"drained in {waited.Elapsed.TotalSeconds:F0} s ({timers} timers)");
    }
}
