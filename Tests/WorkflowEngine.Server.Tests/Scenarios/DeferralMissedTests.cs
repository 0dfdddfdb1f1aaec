using System.Globalization;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>
/// The deferred material that never comes (容缺 missed), over HTTP: the case is accepted on a Monday with a one-day
/// promise, the server is stopped, and started again on the Thursday after; the deadline fired while it was down, so
/// the case is returned and no department keeps reviewing it.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DeferralMissedTests(TestDatabase database)
{
    IntegratorServer? _server;

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Test]
    public async Task A_deferred_material_missed_by_its_deadline_returns_the_case_and_stops_the_reviews()
    {
        _server = await ScenarioServer.StartAsync(database);
        var key = await _server.CreateKeyAsync("deferral", ["CENTRE", "SAMR"]);
        var walk = await CaseWalk.ApplyAsync(_server, key, "food-licence", ["premises-layout"], deferralDeadline: "1d");
        await walk.ActAsync("CENTRE", "Clerk", "AcceptWithDeferredMaterials");
        Assert.That((await walk.OpenTasksAsync()).Select(t => t.GetProperty("departmentCode").GetString()), Does.Contain("SAMR"), "reviewed at once under the promise");

        _server = await _server.RestartAsync(ScenarioServer.Settings(new Dictionary<string, string>
        {
            ["Clock__ReadsAt"] = BeijingTime.At("2026-03-05 09:30").ToString("O", CultureInfo.InvariantCulture), // Thursday: past one working day
        }));
        walk = new CaseWalk(_server, key, walk.Number);
        var status = await Eventually(walk.StatusAsync, s => s.Status == "NotAccepted");

        Assert.That(status, Is.EqualTo(("NotAccepted", 4)));
        Assert.That(await walk.OpenTasksAsync(), Is.Empty, "no department keeps working on a returned case");
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    /// <summary>The timer sweep runs every second on the server; the answer is read until it says so, for at most 30 s.</summary>
    static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var attempt = 0; attempt < 60 && !done(value); attempt++)
        {
            await Task.Delay(500);
            value = await read();
        }
        return value;
    }
}
