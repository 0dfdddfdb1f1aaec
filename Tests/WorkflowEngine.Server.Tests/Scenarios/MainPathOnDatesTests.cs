using System.Globalization;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>
/// The main path of every sample package with "today" set to the days that broke it before: early and late December of
/// the last year whose official holidays are loaded (limits reach into a year known only provisionally), the working day
/// before the Spring Festival, the first working day after National Day. The suite passes whatever day it runs on.
/// </summary>
[TestFixture(TestDatabase.Sqlite, "2026-12-07", "2026-12-08", true)]
[TestFixture(TestDatabase.Sqlite, "2026-12-31", "2027-01-04", true)]
[TestFixture(TestDatabase.Sqlite, "2026-02-14", "2026-02-24", false)]
[TestFixture(TestDatabase.Sqlite, "2026-10-08", "2026-10-09", false)]
[TestFixture(TestDatabase.PostgreSql, "2026-12-07", "2026-12-08", true)]
[TestFixture(TestDatabase.PostgreSql, "2026-12-31", "2027-01-04", true)]
[Parallelizable(ParallelScope.Fixtures)]
public class MainPathOnDatesTests(TestDatabase database, string today, string foodLicenceDue, bool provisional)
{
    static readonly string[] Packages = ["open-business", "open-restaurant", "newborn", "construction-parallel", "hpf-withdrawal", "food-licence"];

    IntegratorServer _server = null!;
    string _key = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await ScenarioServer.StartAsync(database, new Dictionary<string, string>
        {
            ["Clock__ReadsAt"] = BeijingTime.At(today + " 09:30").ToString("O", CultureInfo.InvariantCulture),
        });
        _key = await _server.CreateKeyAsync("dates", ScenarioServer.AllDepartments);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [TestCaseSource(nameof(Packages))]
    public async Task The_package_is_accepted_reviewed_and_issued_without_a_fault(string package)
    {
        var walk = await CaseWalk.ApplyAsync(_server, _key, package);
        await walk.AcceptAsync();
        var clock = await walk.ClockAsync();
        await walk.ApproveAllAsync();
        await walk.IssueAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await walk.FaultsAsync(), Is.Empty);
            Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApproved", 11)));
            Assert.That(clock.GetProperty("startedAt").GetString(), Does.StartWith(today[..7]), "the clock runs on the day set, not the day the suite runs");
        }
    }

    /// <remarks>From 7 December the 20-day statutory limit of a food licence already reaches into next year, so that clock is provisional too.</remarks>
    [Test]
    public async Task A_one_day_promise_is_due_on_the_next_working_day_and_says_when_it_counts_a_provisional_year()
    {
        var walk = await CaseWalk.ApplyAsync(_server, _key, "food-licence");
        await walk.AcceptAsync();
        var clock = await walk.ClockAsync();

        Assert.That(clock.GetProperty("committedDueDate").GetString(), Is.EqualTo(foodLicenceDue));
        Assert.That(clock.GetProperty("provisional").GetBoolean(), Is.EqualTo(provisional));
    }
}
