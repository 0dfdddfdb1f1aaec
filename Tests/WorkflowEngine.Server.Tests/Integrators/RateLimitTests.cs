using System.Net;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>Each key has its own request budget: one key running out does not stop another.</summary>
[TestFixture(TestDatabase.Sqlite)]
public class IntegratorRateLimitTests(TestDatabase database)
{
    [Test]
    public async Task A_key_over_its_budget_gets_429_with_retry_after_and_another_key_goes_on()
    {
        await using var server = await IntegratorServer.StartAsync(database, new Dictionary<string, string>
        {
            ["Integrators__RateLimitPermits"] = "5", ["Integrators__RateLimitWindow"] = "00:10:00",
        });
        var busy = await server.CreateKeyAsync("busy", ["*"]);
        var quiet = await server.CreateKeyAsync("quiet", ["*"]);

        var answers = new List<Answer>();
        for (var i = 0; i < 6; i++) answers.Add(await server.GetAsync("/api/v1/cases", busy));
        var other = await server.GetAsync("/api/v1/cases", quiet);

        Assert.That(answers.Take(5).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
        var refused = answers[5];
        Assert.That((refused.Status, refused.Code), Is.EqualTo(((HttpStatusCode)429, "rate-limited")), refused.ToString());
        Assert.That(int.Parse(refused.Headers["Retry-After"]), Is.InRange(1, 600));
        Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
