using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Access;

/// <summary>Sessions and designer tokens stop working after their configured lifetime (set to seconds here).</summary>
[TestFixture]
public class SessionExpiryTests
{
    [Test]
    public async Task An_idle_session_and_an_old_designer_token_are_refused()
    {
        await using var server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite), new Dictionary<string, string>
        {
            ["Access__SessionIdleTimeout"] = "00:00:03",
            ["Access__DesignerTokenLifetime"] = "00:00:03",
        });
        using var designer = await StaffSession.SignInAsync(server.Address, "designer");
        var token = (await designer.GetFromJsonAsync<JsonElement>("/access/designer-token")).GetProperty("value").GetString()!;
        using var element = server.CreateClient();
        element.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var fresh = (await designer.GetAsync("/access/me")).StatusCode;

        await Task.Delay(TimeSpan.FromSeconds(4.5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fresh, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await designer.GetAsync("/access/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await element.GetAsync("/access/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }
}
