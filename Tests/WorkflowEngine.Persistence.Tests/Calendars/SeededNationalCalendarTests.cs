using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence.Calendars;

/// <summary>Every database starts with the national calendar "cn" and the official 2025 and 2026 tables, whoever starts first.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SeededNationalCalendarTests(TestDatabase database)
{
    [Test]
    public async Task The_seeded_national_calendar_agrees_with_the_official_table_on_every_day_of_2025_and_2026()
    {
        await using var engine = await TestEngine.StartAsync(database);
        var seeded = await engine.CalendarAsync("cn");
        var official = BuiltInCalendars.China();

        var days = Enumerable.Range(0, 730).Select(i => new DateOnly(2025, 1, 1).AddDays(i)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days.Where(d => seeded.IsWorkingDay(d) != official.IsWorkingDay(d)), Is.Empty);
            Assert.That(days.Where(d => seeded.FindSpecialDay(d) != official.FindSpecialDay(d)), Is.Empty);
            Assert.That(seeded.WorkingDaysInYear(2025), Is.EqualTo(248));
            Assert.That(seeded.WorkingDaysInYear(2026), Is.EqualTo(248));
            Assert.That(seeded.Name, Is.EqualTo("中国"));
            Assert.That(seeded.TimeZone.Id, Is.EqualTo("Asia/Shanghai"));
            Assert.That(seeded.WeekendDays, Is.EquivalentTo(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
            Assert.That(seeded.WorkingHours.ToString(), Is.EqualTo("09:00–12:00, 13:30–17:30"));
            Assert.That(seeded.IsYearProvisional(2027), Is.True, "2027's notice is not out: counted from the statute");
            Assert.That(seeded.IsWorkingDay(new DateOnly(2027, 1, 1)), Is.False, "元旦 by the statute");
            Assert.That(seeded.IsWorkingDay(new DateOnly(2027, 1, 4)), Is.True);
        }
    }

    [Test]
    public async Task The_national_row_is_written_as_the_issue_describes_it()
    {
        await using var engine = await TestEngine.StartAsync(database);

        var row = await engine.InDatabaseAsync(db => db.Calendars.SingleAsync(c => c.Id == "cn"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.WeekendDays, Is.EqualTo("6,0"));
            Assert.That(row.WorkingHours, Is.EqualTo("09:00-12:00,13:30-17:30"));
            Assert.That(row.ParentId, Is.Null);
        }
    }

    [Test]
    public async Task Starting_again_adds_nothing_and_leaves_the_calendar_untouched()
    {
        await using var engine = await TestEngine.StartAsync(database);
        var before = await engine.InDatabaseAsync(db => db.Calendars.SingleAsync(c => c.Id == "cn"));

        await engine.Services.MigrateWorkflowDatabaseAsync();

        var after = await engine.InDatabaseAsync(db => db.Calendars.SingleAsync(c => c.Id == "cn"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.UpdatedAt, Is.EqualTo(before.UpdatedAt));
            Assert.That(await engine.CountDaysAsync(), Is.EqualTo(72));
            Assert.That(await engine.InDatabaseAsync(db => db.CalendarYears.CountAsync()), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Nodes_starting_together_seed_the_national_calendar_once()
    {
        // A database migrated before calendars existed: the schema is there, the calendar rows are not.
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using (var first = await TestEngine.StartAsync(persistence))
            await first.InDatabaseAsync(async db => await db.CalendarDays.ExecuteDeleteAsync() + await db.CalendarYears.ExecuteDeleteAsync() + await db.Calendars.ExecuteDeleteAsync());

        var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestEngine.StartAsync(persistence)));
        try
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await nodes[0].InDatabaseAsync(db => db.Calendars.CountAsync()), Is.EqualTo(1));
                Assert.That(await nodes[0].InDatabaseAsync(db => db.CalendarYears.CountAsync()), Is.EqualTo(2));
                Assert.That(await nodes[0].CountDaysAsync(), Is.EqualTo(72));
                foreach (var node in nodes)
                    Assert.That((await node.CalendarAsync()).WorkingDaysInYear(2026), Is.EqualTo(248));
            }
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
        }
    }

    [Test]
    public async Task A_start_restores_a_missing_embedded_year_but_keeps_the_year_an_administrator_loaded()
    {
        await using var engine = await TestEngine.StartAsync(database);
        await engine.InDatabaseAsync(async db =>
        {
            await db.CalendarDays.Where(d => d.CalendarId == "cn" && d.Date >= new DateOnly(2026, 1, 1)).ExecuteDeleteAsync();
            return await db.CalendarYears.Where(y => y.CalendarId == "cn" && y.Year == 2026).ExecuteDeleteAsync();
        });
        // A corrected 2025 with New Year's Day only: 261 weekdays - 1 = 260 (the official table gives 248).
        await engine.LoadYearAsync("cn", 2025, HolidayTables.Of("2025-01-01,off,元旦"));

        await engine.Services.MigrateWorkflowDatabaseAsync();

        var calendar = await engine.CalendarAsync();
        var loadedBy = await engine.InDatabaseAsync(db => db.CalendarYears.Where(y => y.CalendarId == "cn").OrderBy(y => y.Year).Select(y => y.LoadedBy).ToListAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(calendar.WorkingDaysInYear(2026), Is.EqualTo(248));
            Assert.That(calendar.WorkingDaysInYear(2025), Is.EqualTo(260));
            Assert.That(loadedBy, Is.EqualTo(new[] { "测试管理员", "built-in official table" }));
        }
    }
}
