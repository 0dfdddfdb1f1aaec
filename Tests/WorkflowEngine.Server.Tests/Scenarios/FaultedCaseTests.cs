using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>
/// A case that stops on a fault is seen where people look (the case, the operations status) in plain words, and an
/// administrator runs the step again after fixing the cause: here a 秒批 rule that cannot run.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class FaultedCaseTests(TestDatabase database)
{
    IntegratorServer _server = null!;
    string _key = null!;
    readonly Dictionary<string, string> _admin = new() { ["X-Admin-Key"] = IntegratorServer.AdminKey };

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await ScenarioServer.StartAsync(database);
        _key = await _server.CreateKeyAsync("faults", ["CENTRE", "HPF", "BANK"]);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    async Task SetRuleAsync(string rule)
    {
        var matter = (JsonObject)JsonNode.Parse((await _server.SendAsync(HttpMethod.Get, "/api/v1/catalog/matters/HPF-VERIFY", null, headers: _admin)).Body)!;
        matter["instantApprovalRule"] = rule;
        var put = await _server.SendAsync(HttpMethod.Put, "/api/v1/catalog/matters/HPF-VERIFY", null, rawBody: matter.ToJsonString(), headers: _admin);
        Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK), put.ToString());
    }

    [Test]
    public async Task A_faulted_case_is_shown_with_its_reason_and_goes_on_when_retried_after_the_fix()
    {
        const string broken = "form.employer.name.length > 0"; // employer is text: .name is undefined, so the rule throws
        var original = (string?)JsonNode.Parse((await _server.SendAsync(HttpMethod.Get, "/api/v1/catalog/matters/HPF-VERIFY", null, headers: _admin)).Body)!["instantApprovalRule"];
        await SetRuleAsync(broken);
        var walk = await CaseWalk.ApplyAsync(_server, _key, "hpf-withdrawal");
        await walk.AcceptAsync();

        var shown = await walk.ReadAsync();
        var fault = shown.GetProperty("faults").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fault.GetProperty("explanation").GetString(), Does.StartWith("办理异常").And.Contain("秒批"));
            Assert.That(shown.GetProperty("tasks").GetArrayLength(), Is.Zero, "the case stopped at the faulted step");
            var status = await _server.SendAsync(HttpMethod.Get, "/api/v1/operations/status", null, headers: _admin);
            Assert.That(status.Json.GetProperty("faultedCases").EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()), Does.Contain(walk.Number));
        }

        var early = await _server.SendAsync(HttpMethod.Post, $"/api/v1/operations/faulted-cases/{walk.Number}/retry", null, headers: _admin);
        Assert.That(early.Json.GetProperty("faults").GetArrayLength(), Is.EqualTo(1), "retried before the fix, it faults again and says so");

        await SetRuleAsync(original!);
        var retried = await _server.SendAsync(HttpMethod.Post, $"/api/v1/operations/faulted-cases/{walk.Number}/retry", null, headers: _admin);

        Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.OK), retried.ToString());
        Assert.That(retried.Json.GetProperty("faults").GetArrayLength(), Is.Zero);
        Assert.That(await walk.FaultsAsync(), Is.Empty);
        Assert.That(await walk.OpenTasksAsync(), Is.Not.Empty, "the case went on to a review");
        var again = await _server.SendAsync(HttpMethod.Post, $"/api/v1/operations/faulted-cases/{walk.Number}/retry", null, headers: _admin);
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Text("code"), Is.EqualTo("case-not-faulted"));
    }
}
