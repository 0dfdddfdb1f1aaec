using System.Net;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Operations;

/// <summary>The operator's status shows work that is not flowing: here, case events no dispatcher takes.</summary>
[TestFixture]
public class OperationsStatusTests
{
    [Test]
    public async Task Case_events_left_undispatched_show_in_the_status_by_topic_and_only_an_administrator_may_read_it()
    {
        await using var server = await IntegratorServer.StartAsync(TestDatabase.Sqlite, new Dictionary<string, string> { ["Webhooks__Enabled"] = "false" });
        var key = await server.CreateKeyAsync("portal", ["*"]);
        var quiet = await server.SendAsync(HttpMethod.Get, "/api/v1/operations/status", key: null, headers: new() { ["X-Admin-Key"] = IntegratorServer.AdminKey });

        var number = await server.ApplyAsync(key);
        await server.ActAsync(key, number, "CENTRE", "Accept", "clerk-01");
        var busy = await server.SendAsync(HttpMethod.Get, "/api/v1/operations/status", key: null, headers: new() { ["X-Admin-Key"] = IntegratorServer.AdminKey });
        var anonymous = await server.GetAsync("/api/v1/operations/status", key: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(quiet.Status, Is.EqualTo(HttpStatusCode.OK), quiet.ToString());
            Assert.That(quiet.Json.GetProperty("engine").GetProperty("faulted").GetInt32(), Is.Zero);
            Assert.That(quiet.Json.GetProperty("engine").GetProperty("undispatchedMessages").TryGetProperty("case.accepted", out _), Is.False);
            Assert.That(busy.Json.GetProperty("engine").GetProperty("undispatchedMessages").GetProperty("case.accepted").GetInt32(), Is.EqualTo(1));
            Assert.That(busy.Json.GetProperty("engine").GetProperty("running").GetInt32(), Is.EqualTo(1));
            Assert.That(busy.Json.GetProperty("webhooks").GetProperty("deadLettered").GetInt32(), Is.Zero);
            Assert.That(anonymous.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            var national = quiet.Json.GetProperty("engine").GetProperty("calendars").EnumerateArray().Single(c => c.GetProperty("calendarId").GetString() == "cn");
            Assert.That(national.GetProperty("loadedThrough").GetInt32(), Is.EqualTo(2027), "the years each calendar can count in are on show");
        }
    }
}
