using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Persistence.Operations;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Persistence.Calendars;

namespace WorkflowEngine.Tests.Persistence.Operations;

/// <summary>
/// The operator's status warns before limits run into a year whose official holidays are not loaded (they are counted
/// provisionally): which years each calendar covers, whether next year is among them in the calendar's own zone, and
/// which of this year and next are provisional.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CalendarCoverageTests(TestDatabase database)
{
    [Test]
    public async Task Next_year_shows_as_missing_until_its_table_is_loaded_and_a_region_follows_its_parent()
    {
        // 31 December 2026, 18:00 in Beijing (10:00 UTC): the calendar's year is 2026, next year 2027.
        var clock = new TestClock(new DateTimeOffset(2026, 12, 31, 18, 0, 0, TimeSpan.FromHours(8)));
        await using var engine = await TestEngine.StartAsync(database, configure: s => s.AddSingleton<TimeProvider>(clock));
        await engine.CreateCalendarAsync(new NewCalendar("cn-hz", "杭州", "cn"));

        var before = await FiguresAsync(engine);
        await engine.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());
        var after = await FiguresAsync(engine);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Calendars.Select(c => (c.CalendarId, c.LoadedThrough, c.NextYearLoaded)),
                Is.EqualTo(new[] { ("cn", (int?)2026, false), ("cn-hz", (int?)2026, false) }));
            Assert.That(after.Calendars.Select(c => (c.CalendarId, c.LoadedThrough, c.NextYearLoaded)),
                Is.EqualTo(new[] { ("cn", (int?)2027, true), ("cn-hz", (int?)2027, true) }), "the region answers for its parent's years");
            Assert.That(before.Calendars.Select(c => c.ProvisionalYears), Is.All.EqualTo(new[] { 2027 }));
            Assert.That(after.Calendars.Select(c => c.ProvisionalYears), Is.All.Empty);
        }
    }

    [Test]
    public async Task Next_year_is_counted_from_the_calendars_own_time_zone()
    {
        // 31 December 2025, 17:00 UTC is already 1 January 2026 in Beijing: next year there is 2027, which is missing.
        var clock = new TestClock(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero));
        await using var engine = await TestEngine.StartAsync(database, configure: s => s.AddSingleton<TimeProvider>(clock));

        var national = (await FiguresAsync(engine)).Calendars.Single(c => c.CalendarId == "cn");

        Assert.That(national.NextYearLoaded, Is.False);
        clock.Set(new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero)); // 23:00 in Beijing: still 2025, and 2026 is loaded
        Assert.That((await FiguresAsync(engine)).Calendars.Single(c => c.CalendarId == "cn").NextYearLoaded, Is.True);
    }

    static Task<EngineFigures.Figures> FiguresAsync(TestEngine engine) => engine.InScopeAsync<EngineFigures, EngineFigures.Figures>(f => f.ReadAsync());
}
