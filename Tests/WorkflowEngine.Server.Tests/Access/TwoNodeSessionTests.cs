using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Access;

/// <summary>Behind a load balancer any node must accept a session or token another node issued.</summary>
[TestFixture]
public class TwoNodeSessionTests
{
    [Test]
    public async Task A_session_and_a_designer_token_from_one_node_are_accepted_by_another_node_on_the_same_database()
    {
        var database = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);
        await using var first = await ServerProcess.StartAsync(database);
        await using var second = await ServerProcess.StartAsync(database);
        using var designer = await StaffSession.SignInAsync(first.Address, "designer");
        var token = (await designer.GetFromJsonAsync<JsonElement>("/access/designer-token")).GetProperty("value").GetString()!;
        using var element = second.CreateClient();
        element.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Cookies ignore the port, so the same cookie jar presents the first node's session to the second node.
        var session = await designer.GetAsync(new Uri(second.Address, "/access/me"));
        var bearer = await element.GetAsync("/access/me");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bearer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
