using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class RuntimeDurabilityTests(TestDatabase database)
{
    TestEngine _engine = null!;
    WorkflowDefinition _forkOfThree = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await TestEngine.StartAsync(database, r => r.Add<Stall>());
        _forkOfThree = await _engine.PublishAsync(Flow.ForkOfThreeEvents().Build());
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    static JsonObject Key(string key) => new() { ["key"] = key };

    [Test]
    public async Task A_started_instance_is_committed_with_its_bookmarks_and_journal()
    {
        var key = Guid.NewGuid().ToString("N");
        var started = await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key(key), CorrelationId: "CASE-" + key));

        var instance = await _engine.LoadAsync(started.InstanceId);
        Assert.That(instance, Is.Not.Null);
        Assert.That(instance!.SubStatus, Is.EqualTo(WorkflowSubStatus.Suspended));
        Assert.That(instance.CorrelationId, Is.EqualTo("CASE-" + key));
        Assert.That(instance.Revision, Is.EqualTo(1));
        Assert.That((await _engine.BookmarksAsync(started.InstanceId)).Select(b => b.NodeId).Order(), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That((await _engine.JournalAsync(started.InstanceId)).Select(j => j.Event), Does.Contain(JournalEvents.InstanceStarted));
    }

    [Test]
    public async Task Resuming_by_stimulus_finds_the_bookmark_and_the_join_completes_after_the_third()
    {
        var key = Guid.NewGuid().ToString("N");
        var started = await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key(key)));

        foreach (var branch in new[] { "c", "a", "b" })
            Assert.That(await _engine.Runtime.ResumeAsync("Elsa.Event", $"e-{branch}-{key}", null), Has.Count.EqualTo(1));

        var instance = await _engine.LoadAsync(started.InstanceId);
        Assert.That(instance!.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(await _engine.BookmarksAsync(started.InstanceId), Is.Empty);
        var journal = await _engine.JournalAsync(started.InstanceId);
        Assert.That(journal.Count(j => j.Event == JournalEvents.Completed && j.NodeId == "join"), Is.EqualTo(1));
        Assert.That(journal.Last().Event, Is.EqualTo(JournalEvents.InstanceFinished));
    }

    [Test]
    public async Task A_second_resume_of_the_same_bookmark_is_refused_and_changes_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var started = await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key(key)));
        var bookmark = started.Bookmarks.First();
        await _engine.Runtime.ResumeAsync(bookmark.Id, null);
        var journalBefore = (await _engine.JournalAsync(started.InstanceId)).Count;

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => _engine.Runtime.ResumeAsync(bookmark.Id, null));

        Assert.That((await _engine.JournalAsync(started.InstanceId)).Count, Is.EqualTo(journalBefore));
        Assert.That((await _engine.LoadAsync(started.InstanceId))!.Revision, Is.EqualTo(2));
    }

    [Test]
    public async Task Three_branches_resumed_at_the_same_moment_all_land_and_the_join_fires_once()
    {
        var key = Guid.NewGuid().ToString("N");
        var started = await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key(key)));

        await Task.WhenAll(started.Bookmarks.Select(b => Task.Run(() => _engine.Runtime.ResumeAsync(b.Id, null))));

        var instance = await _engine.LoadAsync(started.InstanceId);
        Assert.That(instance!.Status, Is.EqualTo(WorkflowStatus.Finished));
        var journal = await _engine.JournalAsync(started.InstanceId);
        Assert.That(journal.Count(j => j.Event == JournalEvents.Resumed), Is.EqualTo(3));
        Assert.That(journal.Count(j => j.Event == JournalEvents.Completed && j.NodeId == "join"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_stale_burst_is_refused_as_a_conflict_and_writes_nothing()
    {
        var key = Guid.NewGuid().ToString("N");
        var started = await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key(key)));
        var stale = (await _engine.LoadAsync(started.InstanceId))!;
        await _engine.Runtime.ResumeAsync(started.Bookmarks[0].Id, null);

        var burst = new Burst(stale, isNew: false);
        burst.Journal.Add(new JournalEntry(stale.Id, DateTimeOffset.UtcNow, "Stale"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _engine.InScopeAsync<IWorkflowInstanceStore, bool>(async s => { await s.CommitAsync(burst); return true; }));

        Assert.That((await _engine.JournalAsync(started.InstanceId)).Any(j => j.Event == "Stale"), Is.False);
    }

    [Test]
    public async Task Outgoing_messages_are_committed_with_the_burst_that_posted_them()
    {
        var flow = new Flow().Activity("start", "Elsa.Start").Activity("stall", "Test.Stall").Connect("start", "stall");
        var definition = await _engine.PublishAsync(flow.Build());

        var run = await _engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        var outbox = await _engine.InScopeAsync<WorkflowEngine.Persistence.WorkflowDbContext, List<string>>(db =>
            Task.FromResult(db.Outbox.Where(o => o.InstanceId == run.InstanceId).Select(o => o.Topic).ToList()));
        Assert.That(outbox, Is.EqualTo(new[] { "stall.passed" }));
    }

    [Test]
    public async Task A_faulted_instance_is_stored_with_its_incident_and_can_be_retried_or_cancelled()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:getInput('applicant').name === 'x'"))
            .Connect("start", "decide");
        var definition = await _engine.PublishAsync(flow.Build());

        var run = await _engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());
        Assert.That(run.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted));
        var stored = await _engine.LoadAsync(run.InstanceId);
        Assert.That(stored!.Incidents.Single().NodeId, Is.EqualTo("decide"));

        var retried = await _engine.Runtime.RetryAsync(run.InstanceId);
        Assert.That(retried.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted), "the input is still missing, so it faults again");
        Assert.That((await _engine.LoadAsync(run.InstanceId))!.Incidents, Has.Count.EqualTo(2));

        var cancelled = await _engine.Runtime.CancelAsync(run.InstanceId, "applicant withdrew");
        Assert.That(cancelled.SubStatus, Is.EqualTo(WorkflowSubStatus.Cancelled));
        Assert.That((await _engine.LoadAsync(run.InstanceId))!.OpenIncidentCount, Is.Zero);
    }

    [Test]
    public async Task Instances_are_listed_newest_first_with_filters_and_paging()
    {
        var correlation = "LIST-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
            await _engine.Runtime.StartAsync(_forkOfThree.DefinitionId, new StartRequest(Key($"{correlation}-{i}"), correlation));

        var page = await _engine.InScopeAsync<IWorkflowInstanceStore, InstancePage>(s => s.ListAsync(new InstanceQuery(CorrelationId: correlation, PageSize: 2)));

        Assert.That(page.TotalCount, Is.EqualTo(3));
        Assert.That(page.Items, Has.Count.EqualTo(2));
        Assert.That(page.Items[0].CreatedAt, Is.GreaterThanOrEqualTo(page.Items[1].CreatedAt));
    }
}
