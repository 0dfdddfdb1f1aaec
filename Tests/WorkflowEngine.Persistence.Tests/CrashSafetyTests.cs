using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CrashSafetyTests(TestDatabase database)
{
    static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(60);

    static Flow StallAfterEvent(string eventName) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("go", "Elsa.Event", ("eventName", eventName))
        .Activity("stall", "Test.Stall")
        .Activity("done", "Elsa.Event", ("eventName", "done-" + eventName))
        .Connect("start", "go").Connect("go", "stall").Connect("stall", "done");

    [Test]
    public async Task A_process_killed_between_bursts_loses_nothing_it_committed()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        string definitionId;
        await using (var setup = await TestEngine.StartAsync(persistence, r => r.Add<Stall>()))
            definitionId = (await setup.PublishAsync(Flow.ForkOfThreeEvents().Build())).DefinitionId;

        string instanceId;
        using (var probe = CrashProbeProcess.Start(persistence, stallInsideBurst: false, "start", definitionId, "k1"))
        {
            instanceId = (await probe.WaitForLineAsync("STARTED", ProbeTimeout)).Split(' ')[1];
            probe.Kill();
        }
        using (var probe = CrashProbeProcess.Start(persistence, stallInsideBurst: false, "resume", "e-a-k1"))
        {
            await probe.WaitForLineAsync("RESUMED", ProbeTimeout);
            probe.Kill();
        }

        await using var engine = await TestEngine.StartAsync(persistence, r => r.Add<Stall>());
        Assert.That((await engine.BookmarksAsync(instanceId)).Select(b => b.NodeId).Order(), Is.EqualTo(new[] { "b", "c" }));
        await engine.Runtime.ResumeAsync("Elsa.Event", "e-b-k1", null);
        await engine.Runtime.ResumeAsync("Elsa.Event", "e-c-k1", null);
        Assert.That((await engine.LoadAsync(instanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task A_process_killed_inside_a_burst_leaves_the_previous_state_and_the_burst_can_run_again()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        string instanceId;
        await using (var setup = await TestEngine.StartAsync(persistence, r => r.Add<Stall>()))
        {
            var definition = await setup.PublishAsync(StallAfterEvent("go").Build());
            instanceId = (await setup.Runtime.StartAsync(definition.DefinitionId, new StartRequest())).InstanceId;
        }

        using (var probe = CrashProbeProcess.Start(persistence, stallInsideBurst: true, "resume", "go"))
        {
            await probe.WaitForLineAsync(Stall.Announcement, ProbeTimeout);
            probe.Kill();
        }

        await using var engine = await TestEngine.StartAsync(persistence, r => r.Add<Stall>());
        var before = await engine.LoadAsync(instanceId);
        Assert.That(before!.Revision, Is.EqualTo(1), "nothing of the killed burst was committed");
        Assert.That((await engine.BookmarksAsync(instanceId)).Single().NodeId, Is.EqualTo("go"));

        var rerun = await engine.Runtime.ResumeAsync("Elsa.Event", "go", null);

        Assert.That(rerun.Single().Bookmarks.Single().NodeId, Is.EqualTo("done"));
        var journal = await engine.JournalAsync(instanceId);
        Assert.That(journal.Count(j => j.Event == JournalEvents.Completed && j.NodeId == "stall"), Is.EqualTo(1), "the burst acted once");
    }
}
