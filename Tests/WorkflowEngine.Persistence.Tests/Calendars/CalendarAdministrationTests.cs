using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence.Calendars;

/// <summary>What an administrator's changes do to the stored calendars, beneath the HTTP API.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CalendarAdministrationTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [SetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database);

    [TearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    [Test]
    public async Task Loading_a_year_again_replaces_all_of_its_days_and_no_other_year()
    {
        var import = await _engine.LoadYearAsync("cn", 2026, HolidayTables.Of("2026-01-01,off,元旦"));

        var calendar = await _engine.CalendarAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.Holidays, Is.EqualTo(1));
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)), Is.True, "the old National Day row is gone");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 10, 1)), Is.False, "2025 is kept");
            Assert.That(await _engine.CountDaysAsync(), Is.EqualTo(33 + 1));
        }
    }

    [Test]
    public async Task A_table_with_errors_changes_nothing()
    {
        var before = await _engine.CalendarAsync();

        Assert.That(async () => await _engine.LoadYearAsync("cn", 2026, HolidayTables.Of("2026-10-01,off,国庆节", "2026-10-08,work,错误")),
            Throws.TypeOf<InvalidHolidayTableException>().With.Property("Errors").With.Count.EqualTo(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _engine.CalendarAsync(), Is.SameAs(before));
            Assert.That(await _engine.CountDaysAsync(), Is.EqualTo(72));
        }
    }

    [Test]
    public async Task A_regional_calendar_holds_only_its_overrides_and_covers_its_parents_years()
    {
        var summary = await _engine.CreateCalendarAsync(new NewCalendar("cn-hz", "杭州", "cn"));
        var import = await _engine.LoadYearAsync("cn-hz", 2026, HolidayTables.Of("2026-03-09,off,本地休息日"));

        var hangzhou = await _engine.CalendarAsync("cn-hz");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.CoveredYears, Is.EqualTo(new[] { 2025, 2026 }));
            Assert.That(summary.WeekendDays, Is.EqualTo(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
            Assert.That(import.WorkingDays, Is.EqualTo(247));
            Assert.That(hangzhou.OwnLoadedYears, Is.Empty, "a region never owns a year");
            Assert.That(hangzhou.IsWorkingDay(new DateOnly(2026, 3, 9)), Is.False);
            Assert.That(hangzhou.IsWorkingDay(new DateOnly(2026, 2, 14)), Is.True, "the national make-up Saturday is inherited");
            Assert.That((await _engine.CalendarAsync()).IsWorkingDay(new DateOnly(2026, 3, 9)), Is.True);
        }
    }

    [Test]
    public async Task A_regional_calendar_with_a_seven_day_week_elsewhere_is_refused_with_every_problem()
    {
        var everyDay = Enum.GetValues<DayOfWeek>();

        var refused = await Assert.ThrowsAsync<InvalidCalendarException>(async () =>
            await _engine.CreateCalendarAsync(new NewCalendar("cn-x", "全周休息", "cn", WeekendDays: everyDay, TimeZone: "Nowhere/Atlantis")));

        Assert.That(refused.Errors, Has.Count.EqualTo(2).And.Some.Contains("timeZone").And.Some.Contains("weekendDays"));
    }

    [Test]
    public async Task A_regional_calendar_may_rest_on_other_weekdays()
    {
        // A service centre open on Saturdays, closed on Mondays instead.
        await _engine.CreateCalendarAsync(new NewCalendar("cn-sat", "周六办公", "cn", WeekendDays: [DayOfWeek.Sunday, DayOfWeek.Monday]));

        var calendar = await _engine.CalendarAsync("cn-sat");
        var row = await _engine.InDatabaseAsync(db => db.Calendars.SingleAsync(c => c.Id == "cn-sat"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.WeekendDays, Is.EqualTo("1,0"));
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 3, 15)), Is.True, "Saturday");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 3, 17)), Is.False, "Monday");
        }
    }

    [Test]
    public async Task A_calendar_without_a_parent_covers_only_the_years_loaded_into_it()
    {
        await _engine.CreateCalendarAsync(new NewCalendar("standalone", "独立日历"));

        var empty = await _engine.CalendarAsync("standalone");
        await _engine.LoadYearAsync("standalone", 2025, HolidayTables.Of("2025-10-01,off,国庆节"));
        var loaded = await _engine.CalendarAsync("standalone");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.IsYearProvisional(2025), Is.True, "nothing loaded: the statute answers");
            Assert.That(empty.IsWorkingDay(new DateOnly(2025, 10, 3)), Is.False, "国庆 by the statute");
            Assert.That(loaded.IsYearProvisional(2025), Is.False);
            Assert.That(loaded.IsWorkingDay(new DateOnly(2025, 10, 1)), Is.False);
            Assert.That(loaded.IsWorkingDay(new DateOnly(2025, 10, 2)), Is.True, "only the loaded rows, not the national ones nor the statute");
            Assert.That(loaded.CoveredYears, Is.EqualTo(new[] { 2025 }));
        }
    }

    [Test]
    public async Task A_calendar_whose_row_was_broken_by_hand_fails_alone()
    {
        await _engine.InDatabaseAsync(async db =>
        {
            db.Calendars.Add(new CalendarRecord { Id = "orphan", Name = "孤儿", ParentId = "nowhere", TimeZone = "Asia/Shanghai", WeekendDays = "6,0", WorkingHours = "09:00-12:00" });
            return await db.SaveChangesAsync();
        });
        _engine.Services.GetRequiredService<EfWorkingCalendars>().Invalidate();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(async () => await _engine.CalendarAsync("orphan"), Throws.InvalidOperationException.With.Message.Contains("parent 'nowhere' does not exist"));
            Assert.That((await _engine.CalendarAsync()).WorkingDaysInYear(2025), Is.EqualTo(248));
        }
    }
}
