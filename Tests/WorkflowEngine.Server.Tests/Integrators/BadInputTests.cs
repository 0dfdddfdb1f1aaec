using System.Net;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>Requests an integrator gets wrong: each is answered with its status and stable code, and nothing in the database changes.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class IntegratorBadInputTests(TestDatabase database)
{
    const int BodyLimit = 16 * 1024;

    IntegratorServer _server = null!;
    string _key = null!, _revokedKey = null!, _otherDepartmentKey = null!, _readOnlyKey = null!;
    string _withdrawnCase = null!, _idempotencyKey = null!, _centreTask = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await IntegratorServer.StartAsync(database, new Dictionary<string, string> { ["Integrators__MaxRequestBodyBytes"] = BodyLimit.ToString() });
        _key = await _server.CreateKeyAsync("portal", ["CENTRE", "SAMR"]);
        _otherDepartmentKey = await _server.CreateKeyAsync("hpf-system", ["HPF"]);
        _readOnlyKey = await _server.CreateKeyAsync("dashboard", ["*"], ["cases:read"]);
        _revokedKey = await _server.CreateKeyAsync("old-portal", ["CENTRE", "SAMR"]);
        var keys = await _server.SendAsync(HttpMethod.Get, "/api/v1/api-keys", null, headers: new() { ["X-Admin-Key"] = IntegratorServer.AdminKey });
        var revokedId = keys.Json.EnumerateArray().Single(k => k.GetProperty("integrator").GetString() == "old-portal").GetProperty("id").GetString();
        var revoked = await _server.SendAsync(HttpMethod.Delete, $"/api/v1/api-keys/{revokedId}", null, headers: new() { ["X-Admin-Key"] = IntegratorServer.AdminKey });
        Assert.That(revoked.Text("revokedAt"), Is.Not.Null);

        _withdrawnCase = await _server.ApplyAsync(_key, "已撤回");
        Assert.That((await _server.PostAsync($"/api/v1/cases/{_withdrawnCase}/withdrawal", _key, new { requestedBy = "申请人" })).Status, Is.EqualTo(HttpStatusCode.OK));
        _idempotencyKey = "order-" + Guid.NewGuid().ToString("N");
        var first = await _server.PostAsync("/api/v1/cases", _key, IntegratorServer.FoodLicence("幂等"), new() { ["Idempotency-Key"] = _idempotencyKey });
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created));
        var open = await _server.ApplyAsync(_key, "待受理");
        _centreTask = (await _server.GetAsync($"/api/v1/tasks?department=CENTRE&caseNumber={open}", _key)).Json[0].GetProperty("id").GetString()!;
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    /// <summary>One wrong request: what it is, and the answer it must get.</summary>
    public sealed record BadRequest(string Name, HttpStatusCode Status, string Code, Func<IntegratorBadInputTests, Task<Answer>> Send)
    {
        public override string ToString() => Name;
    }

    static IEnumerable<TestCaseData> BadRequests() => new BadRequest[]
    {
        new("malformed JSON", HttpStatusCode.BadRequest, "malformed-json",
            t => t._server.SendAsync(HttpMethod.Post, "/api/v1/cases", t._key, rawBody: "{\"packageCode\": \"food-licence\", \"applicant\": ")),
        new("unknown package", HttpStatusCode.BadRequest, "unknown-package",
            t => t._server.PostAsync("/api/v1/cases", t._key, new { packageCode = "no-such-package", applicant = new { name = "甲", idType = "居民身份证", idNumber = "1" } })),
        new("a required material missing", HttpStatusCode.BadRequest, "required-material-missing",
            t => t._server.PostAsync("/api/v1/cases", t._key, IntegratorServer.FoodLicence("缺件", IntegratorServer.FoodLicenceMaterials.Skip(1).ToArray()))),
        new("withdrawing a case already withdrawn", HttpStatusCode.Conflict, "case-closed",
            t => t._server.PostAsync($"/api/v1/cases/{t._withdrawnCase}/withdrawal", t._key, new { requestedBy = "申请人" })),
        new("a supplement to a withdrawn case", HttpStatusCode.Conflict, "case-closed",
            t => t._server.PostAsync($"/api/v1/cases/{t._withdrawnCase}/supplements", t._key, new { materials = new[] { "premises-layout" }, receivedBy = "portal" })),
        new("completing a task nobody claimed", HttpStatusCode.Conflict, "task-not-claimed",
            t => t._server.PostAsync($"/api/v1/tasks/{t._centreTask}/complete", t._key, new { user = "clerk-09", outcome = "Accept" })),
        new("an idempotency key replayed with another body", HttpStatusCode.Conflict, "idempotency-key-reused",
            t => t._server.PostAsync("/api/v1/cases", t._key, IntegratorServer.FoodLicence("另一个申请人"), new() { ["Idempotency-Key"] = t._idempotencyKey })),
        new("a revoked key", HttpStatusCode.Unauthorized, "api-key-revoked",
            t => t._server.PostAsync("/api/v1/cases", t._revokedKey, IntegratorServer.FoodLicence("吊销"))),
        new("no key", HttpStatusCode.Unauthorized, "api-key-missing",
            t => t._server.PostAsync("/api/v1/cases", null, IntegratorServer.FoodLicence("无钥"))),
        new("a key without the scope", HttpStatusCode.Forbidden, "scope-missing",
            t => t._server.PostAsync("/api/v1/cases", t._readOnlyKey, IntegratorServer.FoodLicence("只读"))),
        new("a key of another department applying", HttpStatusCode.Forbidden, "department-not-allowed",
            t => t._server.PostAsync("/api/v1/cases", t._otherDepartmentKey, IntegratorServer.FoodLicence("他部门"))),
        new("a key of another department claiming a task", HttpStatusCode.Forbidden, "department-not-allowed",
            t => t._server.PostAsync($"/api/v1/tasks/{t._centreTask}/claim", t._otherDepartmentKey, new { user = "hpf-01" })),
        new("an oversized body", HttpStatusCode.RequestEntityTooLarge, "payload-too-large",
            t => t._server.SendAsync(HttpMethod.Post, "/api/v1/cases", t._key, rawBody: JsonSerializer.Serialize(new
            {
                packageCode = "food-licence",
                applicant = new { name = "超长", idType = "居民身份证", idNumber = "110101199003071234" },
                form = new { businessItems = new string('食', BodyLimit) },
                materialsReceived = IntegratorServer.FoodLicenceMaterials,
            }))),
    }.Select(b => new TestCaseData(b).SetName(b.Name.Replace(' ', '_')));

    [TestCaseSource(nameof(BadRequests))]
    public async Task Is_refused_with_its_code_and_changes_nothing(BadRequest bad)
    {
        var before = await _server.CountAsync();

        var answer = await bad.Send(this);

        var after = await _server.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(bad.Status), answer.ToString());
            Assert.That(answer.Code, Is.EqualTo(bad.Code), answer.ToString());
            Assert.That(answer.Json.GetProperty("title").GetString(), Is.Not.Empty, "a problem details body");
            Assert.That(after, Is.EqualTo(before), "nothing changed");
        }
    }
}
