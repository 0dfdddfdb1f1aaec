using System.Net;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>Tasks and workflows over HTTP: a case walked from intake to issue by people named in the requests; a workflow started and resumed by an event.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class IntegratorTaskAndWorkflowApiTests(TestDatabase database)
{
    IntegratorServer _server = null!;
    string _key = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await IntegratorServer.StartAsync(database);
        _key = await _server.CreateKeyAsync("hall", ["CENTRE", "SAMR"]);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task A_food_licence_is_accepted_reviewed_decided_and_issued_through_the_task_api()
    {
        var number = await _server.ApplyAsync(_key, "赵六");

        await _server.ActAsync(_key, number, "CENTRE", "Accept", "clerk-01");
        var accepted = await _server.GetAsync($"/api/v1/cases/{number}", _key);
        await _server.ActAsync(_key, number, "SAMR", "Pass", "samr-reviewer");
        await _server.ActAsync(_key, number, "SAMR", "Approved", "samr-approver");
        var issued = await _server.ActAsync(_key, number, "CENTRE", "AtWindow", "window-01", new { identityChecked = "居民身份证 110101199003071234" });
        var done = await _server.GetAsync($"/api/v1/cases/{number}", _key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted.Text("status"), Is.EqualTo("Accepted"));
            Assert.That(accepted.Json.GetProperty("clock").GetProperty("level").GetString(), Is.EqualTo("Normal"), "the clock started at acceptance");
            Assert.That(issued.Text("workflowStatus"), Is.EqualTo("Running"), "issued, it waits for the applicant's rating (好差评)");
            Assert.That(done.Text("status"), Is.EqualTo("CompletedApproved"));
            Assert.That(done.Number("statusCode"), Is.EqualTo(11));
            Assert.That(done.Json.GetProperty("tasks").GetArrayLength(), Is.Zero);
            Assert.That(done.Json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()),
                Is.EqualTo(new[] { "Receipt", "AcceptanceNotice", "DecisionNotice", "Licence", "DeliveryRecord" }));
        }
    }

    [Test]
    public async Task Whoever_reviewed_a_case_cannot_decide_it_and_a_claim_can_be_released()
    {
        var number = await _server.ApplyAsync(_key, "钱七");
        await _server.ActAsync(_key, number, "CENTRE", "Accept", "clerk-01");
        await _server.ActAsync(_key, number, "SAMR", "Pass", "samr-zhang");
        var decision = (await _server.GetAsync($"/api/v1/tasks?department=SAMR&role=Approver&caseNumber={number}", _key)).Json[0].GetProperty("id").GetString();

        var bySameUser = await _server.PostAsync($"/api/v1/tasks/{decision}/claim", _key, new { user = "samr-zhang" });
        var claimed = await _server.PostAsync($"/api/v1/tasks/{decision}/claim", _key, new { user = "samr-li" });
        var byAnother = await _server.PostAsync($"/api/v1/tasks/{decision}/claim", _key, new { user = "samr-wang" });
        var released = await _server.PostAsync($"/api/v1/tasks/{decision}/release", _key, new { user = "samr-li" });
        var mine = await _server.GetAsync("/api/v1/tasks?user=samr-li", _key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((bySameUser.Status, bySameUser.Code), Is.EqualTo((HttpStatusCode.Forbidden, "separation-of-duties")), bySameUser.ToString());
            Assert.That(claimed.Text("claimedBy"), Is.EqualTo("samr-li"));
            Assert.That((byAnother.Status, byAnother.Code), Is.EqualTo((HttpStatusCode.Conflict, "task-claimed-by-another")));
            Assert.That(released.Text("status"), Is.EqualTo("Open"));
            Assert.That(released.Text("claimedBy"), Is.Null);
            Assert.That(mine.Json.GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task A_published_workflow_is_started_and_resumed_by_a_named_event()
    {
        var eventName = "parcel-arrived-" + Guid.NewGuid().ToString("N")[..8];
        await using (var engine = await TestEngine.StartAsync(_server.Persistence))
            await engine.PublishAsync(new Flow { Name = "等待寄递回执" }
                .Activity("start", "Elsa.Start").Activity("wait", "Elsa.Event", ("eventName", eventName)).Activity("end", "Elsa.End")
                .Connect("start", "wait").Connect("wait", "end").Build(), "parcel-" + eventName);

        var started = await _server.PostAsync($"/api/v1/workflows/parcel-{eventName}/instances", _key, new { input = new { trackingNumber = "SF1234567890" }, correlationId = "order-1" });
        var id = started.Text("instanceId")!;
        var waiting = await _server.GetAsync($"/api/v1/workflow-instances/{id}", _key);
        var published = await _server.PostAsync($"/api/v1/events/{eventName}", _key, new { input = new { signedBy = "前台" } });
        var finished = await _server.GetAsync($"/api/v1/workflow-instances/{id}", _key);
        var journal = await _server.GetAsync($"/api/v1/workflow-instances/{id}/journal", _key);
        var unknown = await _server.PostAsync("/api/v1/workflows/no-such-workflow/instances", _key, new { });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started.Status, Is.EqualTo(HttpStatusCode.Created), started.ToString());
            Assert.That(waiting.Text("subStatus"), Is.EqualTo("Suspended"));
            Assert.That(waiting.Text("correlationId"), Is.EqualTo("order-1"));
            Assert.That(published.Json.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()), Does.Contain(id));
            Assert.That(finished.Text("status"), Is.EqualTo("Finished"));
            Assert.That(journal.Json.EnumerateArray().Select(l => l.GetProperty("event").GetString()), Does.Contain("InstanceFinished"));
            Assert.That((unknown.Status, unknown.Code), Is.EqualTo((HttpStatusCode.NotFound, "definition-not-found")));
        }
    }
}
