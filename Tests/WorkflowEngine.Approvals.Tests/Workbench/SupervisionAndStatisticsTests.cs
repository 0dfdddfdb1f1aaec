using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Calendar;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>The supervisor's late-case list and the statistics definitions, on a clock the test moves.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SupervisionAndStatisticsTests(TestDatabase database)
{
    // Monday 2 March 2026, 09:00 in Beijing: an ordinary working day.
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task A_case_decided_the_same_day_counts_as_instant_early_and_on_time_and_one_left_open_past_its_deadline_as_overdue()
    {
        var clock = new TestClock(Monday);
        await using var engine = await ApprovalsEngine.StartWithDemoAsync(database, s => s.AddSingleton<TimeProvider>(clock));
        var done = await engine.OpenBusinessAsync("快", "330106198807070001");
        var late = await engine.OpenBusinessAsync("慢", "330106198807070002");
        clock.Advance(TimeSpan.FromHours(2));
        await engine.DecideAsync("SAMR", done.Number);
        foreach (var department in new[] { "PSB", "TAX", "HRSS", "HPF", "BANK" })
            await engine.DecideAsync(department, done.Number);
        await engine.ActAsync("CENTRE", StaffRole.SingleWindow, done.Number, "Electronic", new JsonObject { ["certificateNumber"] = "EC-1" });

        clock.Advance(TimeSpan.FromDays(3)); // Thursday: the one-working-day limit of the open case has passed
        var lateCases = await engine.InScopeAsync<SupervisionDesk, IReadOnlyList<LateCase>>(d => d.LateCasesAsync());
        Assert.That(lateCases.Select(c => c.CaseNumber), Is.EqualTo(new[] { late.Number }));
        Assert.That(lateCases[0].Level, Is.EqualTo(ClockLevel.Overdue));
        Assert.That(lateCases[0].HeldBy, Is.EqualTo(new[] { "SAMR" }));

        var rows = await engine.InScopeAsync<CaseStatistics, IReadOnlyList<StatisticsRow>>(s => s.ForPeriodAsync(Monday.AddDays(-1), Monday.AddDays(1)));
        var licence = rows.Single(r => r.MatterCode == "SAMR-BL");
        Assert.That((licence.Cases, licence.Completed), Is.EqualTo((2, 1)));
        Assert.That((licence.InstantRate, licence.OnTimeRate, licence.EarlyRate, licence.OverdueRate), Is.EqualTo((0.5m, 1m, 1m, 0.5m)));
        Assert.That(licence.AverageWorkingDays, Is.GreaterThan(0m).And.LessThan(1m));
        Assert.That(licence.CompressionRatio, Is.EqualTo(Math.Round(licence.CommittedDays / licence.StatutoryDays, 4)));
        Assert.That(rows.Select(r => r.Department).Distinct(), Is.EquivalentTo(new[] { "SAMR", "PSB", "TAX", "HRSS", "HPF", "BANK" }));
    }
}
