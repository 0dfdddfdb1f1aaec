using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Tests.Persistence.Calendars;

/// <summary>What loading an official year does to the running clocks that counted it provisionally.</summary>
/// <remarks>
/// The engine lives on Thu 10 Dec 2026, when 2027 has no notice yet. Counted from the day after Mon 7 Dec 2026, the
/// 44th working day is Fri 12 Feb 2027 provisionally (statute: 5 and 8–10 Feb off) and Mon 15 Feb on the plausible
/// table (5 and 8–12 Feb off, Sun 31 Jan worked); the 45th is Mon 15 and Tue 16 Feb. The 20th and 30th working days,
/// Tue 5 and Tue 19 Jan 2027, are the same on both.
/// </remarks>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class ClockRecomputationTests(TestDatabase database)
{
    const string Administrator = "管理员 陈";
    const string Accepted = "2026-12-07 09:00";

    TestEngine _engine = null!;

    [SetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database,
        configure: services => services.AddSingleton<TimeProvider>(new TestClock(At("2026-12-10 10:00"))));

    [TearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<YearImport> LoadPlausible2027(string calendarId = "cn") => _engine.LoadYearAsync(calendarId, 2027, HolidayTables.Plausible2027(), Administrator);

    [Test]
    public async Task A_clock_counting_into_provisional_2027_moves_its_stored_due_date_and_journals_old_and_new()
    {
        var clock = (await _engine.StartClockAsync(Accepted, "44d", "45d")).Clock;
        var provisional = await _engine.ClockRowAsync(clock.Id);

        var import = await LoadPlausible2027();

        var row = await _engine.ClockRowAsync(clock.Id);
        var line = (await _engine.JournalAsync(clock.OwnerId)).Single(j => j.Event == SupervisionJournalEvents.ClockDueDateMoved);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.MovedClocks, Is.EqualTo(1));
            Assert.That(provisional.DueAt, Is.EqualTo(At("2027-02-12 17:30")));
            Assert.That(row.DueAt, Is.EqualTo(At("2027-02-15 17:30")));
            Assert.That(row.Revision, Is.EqualTo(provisional.Revision + 1));
            Assert.That(row.Level, Is.EqualTo(provisional.Level), "the level is the scanner's to move");
            Assert.That(line.Actor, Is.EqualTo(Administrator));
            Assert.That(line.At, Is.EqualTo(At("2026-12-10 10:00")));
            Assert.That(line.Message, Is.EqualTo(
                "正式公布 2027 年节假日安排后重新计算：承诺办结日期由 2027-02-12 改为 2027-02-15；法定办结日期由 2027-02-15 改为 2027-02-16"));
            Assert.That(Fields(line.Data), Is.EqualTo(new Dictionary<string, string?>
            {
                ["clockId"] = clock.Id, ["ownerType"] = "case", ["ownerId"] = clock.OwnerId, ["calendarId"] = "cn", ["year"] = "2027",
                ["oldCommittedDueDate"] = "2027-02-12", ["newCommittedDueDate"] = "2027-02-15",
                ["oldStatutoryDueDate"] = "2027-02-15", ["newStatutoryDueDate"] = "2027-02-16",
            }));
            var read = await _engine.ReadClockAsync(clock.Id, "2026-12-10 10:00");
            Assert.That(read.Status.CommittedDeadline, Is.EqualTo(row.DueAt), "the row agrees with a reading");
            Assert.That(read.Status.IsProvisional, Is.False);
        }
    }

    [Test]
    public async Task A_clock_whose_due_dates_only_one_moves_journals_only_that_one()
    {
        var clock = (await _engine.StartClockAsync(Accepted, "20d", "44d")).Clock;

        await LoadPlausible2027();

        var line = (await _engine.JournalAsync(clock.OwnerId)).Single(j => j.Event == SupervisionJournalEvents.ClockDueDateMoved);
        Assert.That(line.Message, Is.EqualTo("正式公布 2027 年节假日安排后重新计算：法定办结日期由 2027-02-12 改为 2027-02-15"));
    }

    [Test]
    public async Task A_clock_reaching_into_2027_whose_due_dates_stay_is_neither_written_nor_journaled()
    {
        var clock = (await _engine.StartClockAsync(Accepted, "20d", "30d")).Clock;
        var before = await _engine.ClockRowAsync(clock.Id);

        var import = await LoadPlausible2027();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _engine.ReadClockAsync(clock.Id, Accepted)).Status.StatutoryDueDate, Is.EqualTo(new DateOnly(2027, 1, 19)));
            Assert.That(import.MovedClocks, Is.Zero);
            Assert.That((await _engine.ClockRowAsync(clock.Id)).Revision, Is.EqualTo(before.Revision));
            Assert.That((await _engine.JournalAsync(clock.OwnerId)).Select(j => j.Event), Is.EqualTo(new[] { SupervisionJournalEvents.ClockStarted }));
        }
    }

    [Test]
    public async Task A_completed_clock_is_left_alone()
    {
        var clock = (await _engine.StartClockAsync(Accepted, "44d", "45d")).Clock;
        await _engine.InScopeAsync<ClockService, ClockView>(s => s.CompleteAsync(clock.Id, new ClockChangeRequest("科长 李", "办结") { At = At("2026-12-09 15:00") }));
        var completed = await _engine.ClockRowAsync(clock.Id);

        var import = await LoadPlausible2027();

        var row = await _engine.ClockRowAsync(clock.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.MovedClocks, Is.Zero);
            Assert.That((row.DueAt, row.Revision), Is.EqualTo((completed.DueAt, completed.Revision)));
            Assert.That((await _engine.JournalAsync(clock.OwnerId)).Select(j => j.Event), Does.Not.Contain(SupervisionJournalEvents.ClockDueDateMoved));
        }
    }

    [Test]
    public async Task Loading_the_same_table_again_moves_nothing()
    {
        var clock = (await _engine.StartClockAsync(Accepted, "44d", "45d")).Clock;
        await LoadPlausible2027();
        var once = await _engine.ClockRowAsync(clock.Id);

        var again = await LoadPlausible2027();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.MovedClocks, Is.Zero);
            Assert.That((await _engine.ClockRowAsync(clock.Id)).Revision, Is.EqualTo(once.Revision));
            Assert.That((await _engine.JournalAsync(clock.OwnerId)).Count(j => j.Event == SupervisionJournalEvents.ClockDueDateMoved), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_clock_on_a_regional_calendar_moves_when_its_parent_loads_the_year()
    {
        await _engine.CreateCalendarAsync(new NewCalendar("cn-hz", "杭州", "cn"));
        var clock = (await _engine.InScopeAsync<ClockService, ClockView>(s => s.StartAsync(new ClockStartRequest(
            "case", "CASE-HZ-1", "cn-hz", WorkingDuration.Days(44), WorkingDuration.Days(45), Supervised.Clerk, "受理") { At = At(Accepted) }))).Clock;

        var import = await LoadPlausible2027();

        var line = (await _engine.JournalAsync(clock.OwnerId)).Single(j => j.Event == SupervisionJournalEvents.ClockDueDateMoved);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.MovedClocks, Is.EqualTo(1));
            Assert.That((await _engine.ClockRowAsync(clock.Id)).DueAt, Is.EqualTo(At("2027-02-15 17:30")));
            Assert.That(line.Data?["calendarId"]?.GetValue<string>(), Is.EqualTo("cn-hz"));
        }
    }

    static Dictionary<string, string?> Fields(System.Text.Json.Nodes.JsonNode? data) =>
        data!.AsObject().ToDictionary(p => p.Key, p => p.Value?.ToString());
}
