using System.Net;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>Cases over HTTP as a portal integrator uses them: intake with an Idempotency-Key, read, list, timeline, supplements, withdrawal.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class IntegratorCaseApiTests(TestDatabase database)
{
    IntegratorServer _server = null!;
    string _key = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await IntegratorServer.StartAsync(database);
        _key = await _server.CreateKeyAsync("portal", ["CENTRE", "SAMR"]);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task The_task_in_a_claim_or_completion_answer_is_what_a_later_read_of_it_shows()
    {
        var number = await _server.ApplyAsync(_key);
        var completed = await _server.ActAsync(_key, number, "CENTRE", "Accept", "clerk-01");
        var answered = completed.Json.GetProperty("task");
        var read = await _server.GetAsync($"/api/v1/tasks/{answered.GetProperty("id").GetString()}", _key);

        Assert.That(answered.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(read.Json.GetRawText(), Is.EqualTo(answered.GetRawText()), "same status, revision and instants to the microsecond");
    }

    [Test]
    public async Task A_case_is_created_and_read_back_with_its_status_open_task_and_receipt()
    {
        var created = await _server.PostAsync("/api/v1/cases", _key, IntegratorServer.FoodLicence("李四"));
        var number = created.Text("number")!;
        var read = await _server.GetAsync($"/api/v1/cases/{number}", _key);

        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.ToString());
        Assert.That(created.Headers["Location"], Is.EqualTo($"/api/v1/cases/{number}"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Text("status"), Is.EqualTo("Received"));
            Assert.That(read.Number("statusCode"), Is.EqualTo(1));
            Assert.That(read.Json.GetProperty("departments").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "SAMR" }));
            var task = read.Json.GetProperty("tasks").EnumerateArray().Single();
            Assert.That(task.GetProperty("departmentCode").GetString(), Is.EqualTo("CENTRE"));
            Assert.That(task.GetProperty("role").GetString(), Is.EqualTo("Clerk"));
            Assert.That(read.Json.GetProperty("documents")[0].GetProperty("kind").GetString(), Is.EqualTo("Receipt"));
            Assert.That(read.Text("receivedAt"), Does.EndWith("+00:00"), "instants are UTC with an offset");
        }
    }

    [Test]
    public async Task The_same_idempotency_key_and_body_answers_the_first_case_and_creates_nothing()
    {
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = "portal-order-" + Guid.NewGuid().ToString("N") };
        var body = JsonSerializer.Serialize(IntegratorServer.FoodLicence("王五"), JsonSerializerOptions.Web);
        var first = await _server.SendAsync(HttpMethod.Post, "/api/v1/cases", _key, rawBody: body, headers: headers);
        var before = await _server.CountAsync();
        var again = await _server.SendAsync(HttpMethod.Post, "/api/v1/cases", _key, rawBody: body, headers: headers);
        var after = await _server.CountAsync();

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created), first.ToString());
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Created), again.ToString());
        Assert.That(again.Text("number"), Is.EqualTo(first.Text("number")));
        Assert.That(again.Headers["Idempotent-Replayed"], Is.EqualTo("true"));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task Cases_are_listed_newest_first_by_status_and_package_a_page_at_a_time()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add(await _server.ApplyAsync(_key, "列表" + i));

        var firstPage = await _server.GetAsync("/api/v1/cases?status=Received&package=food-licence&department=SAMR&pageSize=2", _key);
        var secondPage = await _server.GetAsync("/api/v1/cases?status=Received&package=food-licence&department=SAMR&pageSize=2&page=2", _key);
        var none = await _server.GetAsync("/api/v1/cases?status=CompletedApproved&matter=SAMR-FOOD", _key);
        var later = await _server.GetAsync($"/api/v1/cases?receivedFrom={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}", _key);

        Assert.That(firstPage.Status, Is.EqualTo(HttpStatusCode.OK), firstPage.ToString());
        var listed = firstPage.Json.GetProperty("items").EnumerateArray().Concat(secondPage.Json.GetProperty("items").EnumerateArray())
            .Select(c => c.GetProperty("number").GetString()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstPage.Json.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(firstPage.Number("totalCount"), Is.GreaterThanOrEqualTo(3));
            Assert.That(listed.Take(2), Is.EqualTo(new[] { numbers[2], numbers[1] }), "newest first");
            Assert.That(listed, Is.Unique);
            Assert.That(none.Number("totalCount"), Is.Zero);
            Assert.That(later.Number("totalCount"), Is.Zero);
        }
    }

    [Test]
    public async Task The_timeline_tells_what_happened_to_the_case_in_order()
    {
        var number = await _server.ApplyAsync(_key, "过程");
        await _server.ActAsync(_key, number, "CENTRE", "Accept", "clerk-01");

        var timeline = await _server.GetAsync($"/api/v1/cases/{number}/timeline", _key);

        Assert.That(timeline.Status, Is.EqualTo(HttpStatusCode.OK), timeline.ToString());
        var events = timeline.Json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("event").GetString()).ToList();
        Assert.That(events, Is.SupersetOf(new[] { "InstanceStarted", "TaskOpened", "TaskClaimed", "TaskCompleted" }));
        Assert.That(events.IndexOf("TaskClaimed"), Is.LessThan(events.IndexOf("TaskCompleted")));
        var ids = timeline.Json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetInt64()).ToList();
        Assert.That(ids, Is.Ordered);
    }

    [Test]
    public async Task A_correction_is_supplied_through_the_api_and_the_case_goes_back_to_intake()
    {
        var number = await _server.ApplyAsync(_key, "补正");
        await _server.ActAsync(_key, number, "CENTRE", "CorrectionNotice", "clerk-01", new { missing = "经营场所平面布局图（须加盖公章）" });
        var waiting = await _server.GetAsync($"/api/v1/cases/{number}", _key);

        var supplied = await _server.PostAsync($"/api/v1/cases/{number}/supplements", _key, new { materials = new[] { "premises-layout" }, receivedBy = "portal" });

        Assert.That(waiting.Text("status"), Is.EqualTo("CorrectionStarted"));
        Assert.That(supplied.Status, Is.EqualTo(HttpStatusCode.OK), supplied.ToString());
        Assert.That(supplied.Text("status"), Is.EqualTo("CorrectionEnded"));
        var task = supplied.Json.GetProperty("tasks").EnumerateArray().Single();
        Assert.That(task.GetProperty("departmentCode").GetString(), Is.EqualTo("CENTRE"), "the corrected application is back at the window");
    }

    [Test]
    public async Task The_applicant_withdraws_an_application_and_its_task_leaves_the_inbox()
    {
        var number = await _server.ApplyAsync(_key, "撤回");

        var withdrawn = await _server.PostAsync($"/api/v1/cases/{number}/withdrawal", _key, new { requestedBy = "申请人本人", reason = "信息填写有误，重新申请" });
        var inbox = await _server.GetAsync($"/api/v1/tasks?department=CENTRE&caseNumber={number}", _key);
        var again = await _server.PostAsync($"/api/v1/cases/{number}/withdrawal", _key, new { requestedBy = "申请人本人" });

        Assert.That(withdrawn.Status, Is.EqualTo(HttpStatusCode.OK), withdrawn.ToString());
        Assert.That(withdrawn.Text("status"), Is.EqualTo("Withdrawn"));
        Assert.That(withdrawn.Number("statusCode"), Is.EqualTo(2));
        Assert.That(inbox.Json.GetArrayLength(), Is.Zero);
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Code, Is.EqualTo("case-closed"));
    }

    [Test]
    public async Task The_api_is_described_in_the_openapi_document()
    {
        var document = await _server.GetAsync("/openapi/v1.json", key: null);

        var paths = document.Json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/v1/cases", "/api/v1/cases/{number}", "/api/v1/cases/{number}/timeline", "/api/v1/cases/{number}/supplements",
            "/api/v1/cases/{number}/withdrawal", "/api/v1/tasks", "/api/v1/tasks/{id}/claim", "/api/v1/tasks/{id}/release", "/api/v1/tasks/{id}/complete",
            "/api/v1/workflows/{definitionId}/instances", "/api/v1/events/{eventName}", "/api/v1/workflow-instances/{id}",
            "/api/v1/workflow-instances/{id}/journal", "/api/v1/webhooks/subscriptions", "/api/v1/webhooks/deliveries",
            "/api/v1/webhooks/deliveries/{id}/redeliver", "/api/v1/api-keys", "/api/v1/api-keys/{id}",
        }));
    }
}
