using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DefinitionVersioningTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<WorkflowDefinitionService.SaveResult> Save(string? id, Flow flow, bool publish = false) =>
        _engine.InScopeAsync<WorkflowDefinitionService, WorkflowDefinitionService.SaveResult>(s => s.SaveAsync(id, flow.Build(), publish));

    Task<IReadOnlyList<WorkflowDefinition>> Versions(string id) =>
        _engine.InScopeAsync<IWorkflowDefinitionStore, IReadOnlyList<WorkflowDefinition>>(s => s.ListVersionsAsync(id));

    static Flow WaitFor(string eventName, string name = "审批流程") => new Flow { Name = name }
        .Activity("start", "Elsa.Start").Activity("wait", "Elsa.Event", ("eventName", eventName)).Connect("start", "wait");

    [Test]
    public async Task Saving_a_draft_twice_overwrites_version_one()
    {
        var first = await Save(null, WaitFor("a"));
        var second = await Save(first.Definition.DefinitionId, WaitFor("b", "改名"));

        var versions = await Versions(first.Definition.DefinitionId);
        Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 1 }));
        Assert.That(second.Definition.Id, Is.EqualTo(first.Definition.Id));
        Assert.That(versions[0].Name, Is.EqualTo("改名"));
        Assert.That(versions[0].IsPublished, Is.False);
    }

    [Test]
    public async Task Saving_after_a_publish_opens_version_two_and_the_published_one_stays()
    {
        var published = await Save(null, WaitFor("a"), publish: true);
        var draft = await Save(published.Definition.DefinitionId, WaitFor("b"));

        var versions = await Versions(published.Definition.DefinitionId);
        Assert.That(draft.Definition.Version, Is.EqualTo(2));
        Assert.That(versions.Single(v => v.IsPublished).Version, Is.EqualTo(1));
        Assert.That(versions.Single(v => v.IsLatest).Version, Is.EqualTo(2));
    }

    [Test]
    public async Task Publishing_version_two_retires_version_one_but_its_instances_stay_on_it()
    {
        var v1 = await Save(null, WaitFor("old-event"), publish: true);
        var id = v1.Definition.DefinitionId;
        var onV1 = await _engine.Runtime.StartAsync(id, new StartRequest());
        await Save(id, WaitFor("new-event"), publish: true);

        var versions = await Versions(id);
        Assert.That(versions.Single(v => v.IsPublished).Version, Is.EqualTo(2));
        var onV2 = await _engine.Runtime.StartAsync(id, new StartRequest());
        Assert.That((await _engine.LoadAsync(onV2.InstanceId))!.Version, Is.EqualTo(2));

        var resumed = await _engine.Runtime.ResumeAsync("Elsa.Event", "old-event", null);
        Assert.That(resumed.Select(r => r.InstanceId), Is.EqualTo(new[] { onV1.InstanceId }), "the v1 instance still waits for the v1 event");
        Assert.That((await _engine.LoadAsync(onV1.InstanceId))!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task An_invalid_definition_is_kept_as_a_draft_but_cannot_be_published()
    {
        var invalid = new Flow().Activity("start", "Elsa.Start").Activity("wait", "Elsa.Event").Connect("start", "wait");
        var draft = await Save(null, invalid);
        Assert.That(draft.Errors, Is.Not.Empty);

        var e = await Assert.ThrowsAsync<DefinitionValidationException>(() => Save(draft.Definition.DefinitionId, invalid, publish: true));
        Assert.That(e!.Errors.Single().ActivityId, Is.EqualTo("wait"));
        Assert.That((await Versions(draft.Definition.DefinitionId)).Any(v => v.IsPublished), Is.False);
    }

    [Test]
    public async Task A_retracted_definition_starts_nothing_but_its_running_instances_go_on()
    {
        var published = await Save(null, WaitFor("retract-test-" + Guid.NewGuid().ToString("N")), publish: true);
        var id = published.Definition.DefinitionId;
        var running = await _engine.Runtime.StartAsync(id, new StartRequest());

        await _engine.InScopeAsync<WorkflowDefinitionService, WorkflowDefinition>(s => s.RetractAsync(id));

        await Assert.ThrowsAsync<DefinitionNotFoundException>(() => _engine.Runtime.StartAsync(id, new StartRequest()));
        var result = await _engine.Runtime.ResumeAsync(running.Bookmarks.Single().Id, null);
        Assert.That(result.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task Revert_copies_an_old_version_into_a_new_draft_and_a_draft_version_can_be_deleted()
    {
        var v1 = await Save(null, WaitFor("first"), publish: true);
        var id = v1.Definition.DefinitionId;
        await Save(id, WaitFor("second"), publish: true);

        var reverted = await _engine.InScopeAsync<WorkflowDefinitionService, WorkflowDefinition>(s => s.RevertAsync(id, 1));
        Assert.That(reverted.Version, Is.EqualTo(3));
        Assert.That(reverted.Model["root"]!["activities"]![1]!["eventName"]!["expression"]!["value"]!.GetValue<string>(), Is.EqualTo("first"));

        await _engine.InScopeAsync<WorkflowDefinitionService, bool>(async s => { await s.DeleteVersionAsync(id, 3); return true; });
        var versions = await Versions(id);
        Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(versions.Single(v => v.IsLatest).Version, Is.EqualTo(2));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _engine.InScopeAsync<WorkflowDefinitionService, bool>(async s => { await s.DeleteVersionAsync(id, 2); return true; }));
    }

    [Test]
    public async Task A_published_event_trigger_starts_an_instance_and_stops_after_retraction()
    {
        var eventName = "application-submitted-" + Guid.NewGuid().ToString("N");
        var flow = new Flow()
            .Activity("submitted", "Elsa.Event", ("eventName", eventName))
            .Activity("review", "Elsa.Event", ("eventName", "review"))
            .Connect("submitted", "review");
        var published = await Save(null, flow, publish: true);

        var started = await _engine.Runtime.PublishEventAsync(eventName, new System.Text.Json.Nodes.JsonObject { ["applicant"] = "张三" });
        Assert.That(started, Has.Count.EqualTo(1));
        Assert.That(started[0].Bookmarks.Single().NodeId, Is.EqualTo("review"));
        Assert.That((await _engine.LoadAsync(started[0].InstanceId))!.Input["applicant"]!.GetValue<string>(), Is.EqualTo("张三"));

        await _engine.InScopeAsync<WorkflowDefinitionService, WorkflowDefinition>(s => s.RetractAsync(published.Definition.DefinitionId));
        Assert.That(await _engine.Runtime.PublishEventAsync(eventName, null), Is.Empty);
    }

    [Test]
    public async Task Designer_metadata_and_unknown_properties_are_kept_as_the_designer_sent_them()
    {
        var model = WaitFor("kept").Build();
        model["root"]!["activities"]![1]!["metadata"] = System.Text.Json.Nodes.JsonNode.Parse("""{"designer":{"position":{"x":312.5,"y":-40},"size":{"width":200,"height":50}},"displayText":"等待补正"}""");
        model["customProperties"] = new System.Text.Json.Nodes.JsonObject { ["x-studio-theme"] = "dark" };

        var saved = await _engine.InScopeAsync<WorkflowDefinitionService, WorkflowDefinitionService.SaveResult>(s => s.SaveAsync(null, model, publish: true));
        var reloaded = await _engine.InScopeAsync<IWorkflowDefinitionStore, WorkflowDefinition?>(s => s.FindVersionAsync(saved.Definition.Id));

        Assert.That(reloaded!.Model["root"]!["activities"]![1]!["metadata"]!.ToJsonString(),
            Is.EqualTo(model["root"]!["activities"]![1]!["metadata"]!.ToJsonString()));
        Assert.That(reloaded.Model["customProperties"]!["x-studio-theme"]!.GetValue<string>(), Is.EqualTo("dark"));
    }
}
