using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Catalog;

/// <summary>The catalog over HTTP on a server that loaded the demo catalog at start-up.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CatalogApiTests(TestDatabase database)
{
    ServerProcess _server = null!;
    HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(database), CalendarClient.ServerSettings());
        _http = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    async Task<Answer> SendAsync(HttpMethod method, string path, object? body = null, string? adminKey = CalendarClient.AdminKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (adminKey is not null)
            request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, adminKey: null);

    static object Matter(string code, string department = "URBAN") => new
    {
        code,
        name = "临时占用城市道路审批 " + code,
        departmentCode = department,
        statutoryLimit = "20d",
        committedLimit = "5d",
        caseType = "Commitment",
        materials = new[] { new { code = "application", name = "申请书", required = true, deferrable = false } },
    };

    [Test]
    public async Task The_demo_catalog_is_listed_and_read()
    {
        var packages = await GetAsync("/api/v1/catalog/packages");
        var departments = await GetAsync("/api/v1/catalog/departments");
        var samr = await GetAsync("/api/v1/catalog/matters?department=SAMR");
        var food = await GetAsync("/api/v1/catalog/matters/SAMR-FOOD");
        var newborn = await GetAsync("/api/v1/catalog/packages/newborn");
        var assistance = await GetAsync("/api/v1/catalog/assistance-items");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(packages.Status, Is.EqualTo(HttpStatusCode.OK), packages.ToString());
            Assert.That(packages.Json.GetArrayLength(), Is.GreaterThanOrEqualTo(6));
            Assert.That(departments.Json.EnumerateArray().Select(d => d.GetProperty("name").GetString()), Does.Contain("市场监督管理局"));
            Assert.That(samr.Json.EnumerateArray().Select(m => m.GetProperty("departmentCode").GetString()), Is.All.EqualTo("SAMR"));
            Assert.That(food.Text("committedLimit"), Is.EqualTo("5d"));
            Assert.That(food.Json.GetProperty("caseType").GetString(), Is.EqualTo("Commitment"));
            Assert.That(newborn.Text("mode"), Is.EqualTo("Serial"));
            Assert.That(assistance.Json.GetArrayLength(), Is.GreaterThanOrEqualTo(5));
        }
    }

    [Test]
    public async Task An_unknown_matter_code_is_not_found_with_its_code()
    {
        var answer = await GetAsync("/api/v1/catalog/matters/NO-SUCH-MATTER");
        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.NotFound, "matter-not-found")), answer.ToString());
    }

    [Test]
    public async Task An_administrator_creates_changes_and_deletes_a_matter()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/catalog/matters", Matter("URBAN-ROAD"));
        var again = await SendAsync(HttpMethod.Post, "/api/v1/catalog/matters", Matter("URBAN-ROAD"));
        var changed = await SendAsync(HttpMethod.Put, "/api/v1/catalog/matters/URBAN-ROAD", Matter("URBAN-ROAD", "HOUSING"));
        var read = await GetAsync("/api/v1/catalog/matters/URBAN-ROAD");
        var deleted = await SendAsync(HttpMethod.Delete, "/api/v1/catalog/matters/URBAN-ROAD");
        var gone = await GetAsync("/api/v1/catalog/matters/URBAN-ROAD");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.ToString());
            Assert.That((again.Status, again.Code), Is.EqualTo((HttpStatusCode.Conflict, "matter-exists")));
            Assert.That(changed.Status, Is.EqualTo(HttpStatusCode.OK), changed.ToString());
            Assert.That(read.Text("departmentCode"), Is.EqualTo("HOUSING"));
            Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(gone.Code, Is.EqualTo("matter-not-found"));
        }
    }

    [Test]
    public async Task Writes_without_the_administrator_key_are_refused_and_change_nothing()
    {
        var answer = await SendAsync(HttpMethod.Post, "/api/v1/catalog/matters", Matter("URBAN-NOKEY"), adminKey: null);
        var wrong = await SendAsync(HttpMethod.Delete, "/api/v1/catalog/departments/PSB", adminKey: "guess");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Unauthorized, "admin-key-missing")));
            Assert.That((wrong.Status, wrong.Code), Is.EqualTo((HttpStatusCode.Forbidden, "admin-key-invalid")));
            Assert.That((await GetAsync("/api/v1/catalog/matters/URBAN-NOKEY")).Code, Is.EqualTo("matter-not-found"));
            Assert.That((await GetAsync("/api/v1/catalog/departments/PSB")).Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task A_package_with_an_unknown_member_is_refused_with_unknown_matter()
    {
        var package = new
        {
            code = "bad-package",
            name = "无效套餐",
            mode = "Parallel",
            committedLimit = "1d",
            members = new object[] { new { matterCode = "SAMR-BL" }, new { matterCode = "NO-SUCH-MATTER", dependsOn = new[] { "SAMR-BL" } } },
            formSchema = "[]",
        };

        var answer = await SendAsync(HttpMethod.Post, "/api/v1/catalog/packages", package);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "invalid-catalog-entry")), answer.ToString());
            var error = answer.Json.GetProperty("errors").EnumerateArray().Single();
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("unknown-matter"));
            Assert.That(error.GetProperty("message").GetString(), Does.Contain("NO-SUCH-MATTER"));
            Assert.That((await GetAsync("/api/v1/catalog/packages/bad-package")).Code, Is.EqualTo("package-not-found"));
        }
    }

    [Test]
    public async Task A_department_in_use_cannot_be_deleted()
    {
        var answer = await SendAsync(HttpMethod.Delete, "/api/v1/catalog/departments/SAMR");
        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Conflict, "department-in-use")), answer.ToString());
    }
}
