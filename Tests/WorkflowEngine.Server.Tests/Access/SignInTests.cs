using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Access;

/// <summary>Staff sign-in over real HTTP: the form, the session, lockout, and the designer page's token.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SignInTests(TestDatabase database)
{
    ServerProcess _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(database));

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    static async Task<JsonElement> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/access/me"));

    [Test]
    public async Task A_demo_clerk_signs_in_and_the_session_names_them_their_department_and_role()
    {
        var (client, response) = await StaffSession.TrySignInAsync(_server.Address, "clerk", StaffSession.DemoPassword);
        using var _ = client;
        var me = await MeAsync(client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
            Assert.That(me.GetProperty("userName").GetString(), Is.EqualTo("clerk"));
            Assert.That(me.GetProperty("departmentCode").GetString(), Is.EqualTo("CENTRE"));
            Assert.That(me.GetProperty("role").GetString(), Is.EqualTo("Clerk"));
        }
    }

    [Test]
    public async Task A_wrong_password_shows_a_message_and_opens_no_session()
    {
        var (client, response) = await StaffSession.TrySignInAsync(_server.Address, "samr-reviewer", "not-the-password");
        using var _ = client;
        var page = await response.Content.ReadAsStringAsync();
        var me = await client.GetAsync("/access/me");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("用户名或密码不正确"));
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        for (var i = 0; i < 5; i++)
            (await StaffSession.TrySignInAsync(_server.Address, "fire-reviewer2", "wrong-" + i)).Client.Dispose();

        var (client, response) = await StaffSession.TrySignInAsync(_server.Address, "fire-reviewer2", StaffSession.DemoPassword);
        using var _ = client;
        var page = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("账户已锁定"));
            Assert.That((await client.GetAsync("/access/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task A_sign_in_posted_without_the_form_token_is_refused()
    {
        using var client = _server.CreateClient();
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "clerk",
            ["password"] = StaffSession.DemoPassword,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        var (client, response) = await StaffSession.TrySignInAsync(_server.Address, "clerk2", StaffSession.DemoPassword, "//evil.example/steal");
        client.Dispose();

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
    }

    [Test]
    public async Task A_designer_gets_a_token_that_authenticates_the_designer_api_and_an_altered_token_does_not()
    {
        using var designer = await StaffSession.SignInAsync(_server.Address, "designer");
        var token = (await designer.GetFromJsonAsync<JsonElement>("/access/designer-token")).GetProperty("value").GetString()!;
        using var element = _server.CreateClient();

        element.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await element.GetAsync("/access/me");
        element.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");
        var altered = await element.GetAsync("/access/me");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString(), Is.EqualTo("Designer"));
            Assert.That(altered.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await altered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(), Is.EqualTo("unauthenticated"));
        }
    }

    [Test]
    public async Task A_clerk_cannot_get_a_designer_token()
    {
        using var clerk = await StaffSession.SignInAsync(_server.Address, "clerk");

        var response = await clerk.GetAsync("/access/designer-token");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(), Is.EqualTo("forbidden"));
    }

    [Test]
    public async Task The_sign_in_page_speaks_chinese_unless_english_is_chosen()
    {
        using var client = _server.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var chinese = await client.GetStringAsync("/signin");
        var english = await client.GetStringAsync("/signin?culture=en");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chinese, Does.Contain("<button type=\"submit\" id=\"signin\">登录</button>"));
            Assert.That(english, Does.Contain("<button type=\"submit\" id=\"signin\">Sign in</button>"));
        }
    }
}
