using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server;

[TestFixture]
public class DurableTimerTests
{
    static readonly Dictionary<string, string> FastSweep = new() { ["Scheduling__TimerSweepInterval"] = "00:00:00.200" };

    static Flow WaitThenEnd(string duration) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("wait", "Time.Delay", ("duration", duration), ("counting", "CalendarTime"))
        .Activity("end", "Elsa.End")
        .Connect("start", "wait").Connect("wait", "end");

    static async Task<int> ActedAsync(TestEngine engine, string instanceId) =>
        (await engine.JournalAsync(instanceId)).Count(j => j.Event == JournalEvents.Completed && j.NodeId == "wait");

    static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"not reached within {timeout}");
            await Task.Delay(200);
        }
    }

    [TestCase(TestDatabase.Sqlite)]
    [TestCase(TestDatabase.PostgreSql)]
    public async Task A_timer_that_came_due_while_the_server_was_down_acts_once_after_the_restart(TestDatabase database)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using var engine = await TestEngine.StartAsync(persistence);
        var definition = await engine.PublishAsync(WaitThenEnd("00:00:03").Build());

        var server = await ServerProcess.StartAsync(persistence, FastSweep);
        var run = await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());
        server.Kill();
        await server.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.That(await ActedAsync(engine, run.InstanceId), Is.Zero, "nothing fired while the server was down");

        await using var restarted = await ServerProcess.StartAsync(persistence, FastSweep);
        await WaitUntilAsync(async () => (await engine.LoadAsync(run.InstanceId))!.Status == WorkflowStatus.Finished, TimeSpan.FromSeconds(30));

        await Task.Delay(TimeSpan.FromSeconds(1)); // a second, later sweep must not act again
        Assert.That(await ActedAsync(engine, run.InstanceId), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_servers_on_one_postgresql_fire_a_thousand_timers_each_exactly_once()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);
        await using var engine = await TestEngine.StartAsync(persistence);
        var definition = await engine.PublishAsync(WaitThenEnd("00:00:04").Build());
        await using var first = await ServerProcess.StartAsync(persistence, FastSweep);
        await using var second = await ServerProcess.StartAsync(persistence, FastSweep);

        var instances = new List<string>();
        for (var i = 0; i < 1000; i++) instances.Add((await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest())).InstanceId);

        await WaitUntilAsync(async () =>
            (await engine.InScopeAsync<IWorkflowInstanceStore, InstancePage>(s => s.ListAsync(new InstanceQuery(Status: WorkflowStatus.Finished, PageSize: 1)))).TotalCount == 1000,
            TimeSpan.FromSeconds(90));

        var acted = await engine.InScopeAsync<WorkflowDbContext, List<int>>(db => Task.FromResult(db.Journal
            .Where(j => j.Event == JournalEvents.Completed && j.NodeId == "wait")
            .GroupBy(j => j.InstanceId).Select(g => g.Count()).ToList()));
        Assert.That(acted, Has.Count.EqualTo(1000));
        Assert.That(acted.All(n => n == 1), Is.True, "every timer acted exactly once");
    }
}
