using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Access;

/// <summary>The administrator's account endpoints over real HTTP, and what they mean for sign-in and open sessions.</summary>
[TestFixture]
public class StaffApiTests
{
    ServerProcess _server = null!;
    HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        var settings = CalendarClient.ServerSettings();
        settings["Access__SessionRecheckInterval"] = "00:00:00";
        _server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite), settings);
        _admin = _server.CreateClient();
        _admin.DefaultRequestHeaders.Add("X-Admin-Key", CalendarClient.AdminKey);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task An_account_created_by_the_administrator_signs_in_and_the_list_never_shows_a_password_hash()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/staff", new { userName = "tax-reviewer7", displayName = "税务局 审查员七", departmentCode = "TAX", role = "Reviewer", password = "Harbour#77" });
        using var session = await StaffSession.SignInAsync(_server.Address, "tax-reviewer7", "Harbour#77");
        var list = await _admin.GetStringAsync("/api/v1/staff?department=TAX");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await session.GetFromJsonAsync<JsonElement>("/access/me")).GetProperty("departmentCode").GetString(), Is.EqualTo("TAX"));
            Assert.That(list, Does.Contain("tax-reviewer7"));
            Assert.That(list, Does.Not.Contain("pbkdf2").And.Not.Contain("asswordHash"));
        }
    }

    [Test]
    public async Task A_duplicate_or_invalid_account_is_refused_with_a_problem_and_nothing_changes()
    {
        var before = await _admin.GetStringAsync("/api/v1/staff");

        var duplicate = await _admin.PostAsJsonAsync("/api/v1/staff", new { userName = "clerk", displayName = "重名", departmentCode = "CENTRE", role = "Clerk", password = "Harbour#77" });
        var invalid = await _admin.PostAsJsonAsync("/api/v1/staff", new { userName = "new one", displayName = "", departmentCode = "NOWHERE", role = "Clerk", password = "short" });
        var anonymous = await _server.CreateClient().PostAsJsonAsync("/api/v1/staff", new { userName = "sneaky", displayName = "x", departmentCode = "CENTRE", role = "Administrator", password = "Harbour#77" });

        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(), Is.EqualTo("staff-member-exists"));
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").GetArrayLength(), Is.EqualTo(4));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await _admin.GetStringAsync("/api/v1/staff"), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task Deactivating_an_account_ends_its_open_session_and_refuses_its_next_sign_in()
    {
        using var session = await StaffSession.SignInAsync(_server.Address, "psb-reviewer");
        var before = (await session.GetAsync("/access/me")).StatusCode;

        var deactivated = await _admin.PutAsJsonAsync("/api/v1/staff/psb-reviewer/active", new { active = false });
        var after = (await session.GetAsync("/access/me")).StatusCode;
        var (again, answer) = await StaffSession.TrySignInAsync(_server.Address, "psb-reviewer", StaffSession.DemoPassword);
        again.Dispose();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back with a message instead of a redirect");
        }
    }

    [Test]
    public async Task A_password_reset_lifts_a_lockout()
    {
        for (var i = 0; i < 5; i++)
            (await StaffSession.TrySignInAsync(_server.Address, "hrss-approver", "wrong-" + i)).Client.Dispose();

        var reset = await _admin.PutAsJsonAsync("/api/v1/staff/hrss-approver/password", new { password = "Lantern#2027" });
        using var session = await StaffSession.SignInAsync(_server.Address, "hrss-approver", "Lantern#2027");

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_deployment_without_demo_data_gets_its_first_administrator_from_configuration_once()
    {
        var database = await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite);
        var settings = new Dictionary<string, string>
        {
            ["Approvals__LoadDemoCatalog"] = "false",
            ["Access__Administrator__UserName"] = "root",
            ["Access__Administrator__Password"] = "First#Password1",
        };
        await using (var first = await ServerProcess.StartAsync(database, settings))
            (await StaffSession.SignInAsync(first.Address, "root", "First#Password1")).Dispose();
        settings["Access__Administrator__Password"] = "Second#Password2";
        await using var second = await ServerProcess.StartAsync(database, settings);

        var (client, changed) = await StaffSession.TrySignInAsync(second.Address, "root", "Second#Password2");
        client.Dispose();
        using var original = await StaffSession.SignInAsync(second.Address, "root", "First#Password1");

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a second start must not reset the administrator's password");
    }
}
