using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Calendars;

/// <summary>What an integrator asks the seeded national calendar "cn" over HTTP; every expectation is worked out from the official table.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CalendarQueryTests(TestDatabase database) : CalendarServer(database)
{
    // Tue 30 Sep 2025; 1–8 Oct National Day and Mid-Autumn off; Thu 9 (1), Fri 10 (2), Sat 11 make-up day (3).
    [TestCase("2025-09-30", 3, "2025-10-11", TestName = "National Day 2025: accepted 30 Sep + 3 working days is the make-up Saturday 11 Oct")]
    // Fri 24 Jan 2025; Sat 25 off; Sun 26 make-up (1); Mon 27 (2); 28 Jan–4 Feb Spring Festival off; Wed 5 (3), Thu 6 (4), Fri 7 Feb (5).
    [TestCase("2025-01-24", 5, "2025-02-07", TestName = "Spring Festival 2025: accepted 24 Jan + 5 is 7 Feb, the make-up Sunday counted")]
    // ... then Sat 8 Feb, a make-up day, is the 6th.
    [TestCase("2025-01-24", 6, "2025-02-08", TestName = "Spring Festival 2025: the make-up Saturday after the holiday counts")]
    // Fri 13 Feb 2026; Sat 14 make-up (1); 15–23 Feb Spring Festival off; Tue 24 (2).
    [TestCase("2026-02-13", 2, "2026-02-24", TestName = "Spring Festival 2026: accepted 13 Feb + 2 jumps the nine-day holiday")]
    // Wed 30 Sep 2026; 1–7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 make-up (3).
    [TestCase("2026-09-30", 3, "2026-10-10", TestName = "National Day 2026: accepted 30 Sep + 3 is the make-up Saturday 10 Oct")]
    // Wed 31 Dec 2025; 1–3 Jan 2026 off; Sun 4 Jan make-up (1): the count crosses into the next year's table.
    [TestCase("2025-12-31", 1, "2026-01-04", TestName = "New Year 2026: accepted 31 Dec 2025 + 1 is the make-up Sunday 4 Jan")]
    // Zero working days: due the start day itself.
    [TestCase("2025-10-03", 0, "2025-10-03", TestName = "Zero working days is due on the start day")]
    public async Task Due_date_is_the_nth_working_day_after_the_start(string start, int workingDays, string due)
    {
        var answer = await Api.DueDateAsync("cn", start, workingDays);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Text("calendarId"), Is.EqualTo("cn"));
            Assert.That(answer.Text("start"), Is.EqualTo(start));
            Assert.That(answer.Number("workingDays"), Is.EqualTo(workingDays));
            Assert.That(answer.Text("dueDate"), Is.EqualTo(due));
            // A whole-day limit ends with the working hours of its due day, Beijing time.
            Assert.That(answer.Text("dueAt"), Is.EqualTo($"{due}T17:30:00+08:00"));
            Assert.That(answer.Flag("provisional"), Is.False, "2025 and 2026 are official");
        }
    }

    // 3.5 h: Fri 16:00–17:30 (1.5 h), then Mon 09:00–11:00 (2 h).
    [TestCase("2025-03-14T16:00:00+08:00", "0.5d", "2025-03-17T11:00:00+08:00", TestName = "Half a working day accepted on Friday afternoon ends Monday 11:00")]
    // 11:00–12:00 (1 h), lunch, 13:30–14:30 (1 h).
    [TestCase("2025-03-12T11:00:00+08:00", "2h", "2025-03-12T14:30:00+08:00", TestName = "Two hours accepted before lunch end after lunch")]
    // 08:00 UTC is 16:00 in Beijing: the answer is given in the calendar's time zone.
    [TestCase("2025-03-14T08:00:00Z", "0.5d", "2025-03-17T11:00:00+08:00", TestName = "An instant in UTC is counted in Beijing time")]
    // Tue 30 Sep 16:30: one hour that day, then 1–8 Oct off, so the other 2.5 h run Thu 9 Oct 09:00–11:30.
    [TestCase("2025-09-30T16:30:00+08:00", "0.5d", "2025-10-09T11:30:00+08:00", TestName = "Half a working day before National Day 2025 resumes after the holiday")]
    public async Task Part_day_and_hour_limits_end_at_an_instant(string startAt, string duration, string dueAt)
    {
        var answer = await Api.DueAtAsync("cn", startAt, duration);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Text("duration"), Is.EqualTo(duration));
            Assert.That(answer.Text("dueAt"), Is.EqualTo(dueAt));
            Assert.That(answer.Text("dueDate"), Is.EqualTo(dueAt[..10]));
        }
    }

    [TestCase("2025-09-30", "2025-10-11", 3, TestName = "Working days from 30 Sep to 11 Oct 2025 are 9, 10 and the make-up 11 Oct")]
    [TestCase("2025-10-11", "2025-09-30", -3, TestName = "Working days counted backwards are negative")]
    [TestCase("2025-10-01", "2025-10-08", 0, TestName = "The National Day week 2025 holds no working day")]
    [TestCase("2024-12-31", "2025-12-31", 248, TestName = "The seeded cn has 248 working days in 2025")]
    [TestCase("2025-12-31", "2026-12-31", 248, TestName = "The seeded cn has 248 working days in 2026")]
    public async Task Working_days_count_from_the_day_after_from_up_to_and_including_to(string from, string to, int expected)
    {
        var answer = await Api.WorkingDaysAsync("cn", from, to);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        Assert.That(answer.Number("workingDays"), Is.EqualTo(expected));
        Assert.That(answer.Flag("provisional"), Is.False, "from itself is not counted, so 31 Dec 2024 takes nothing from 2024");
    }

    [TestCase("2025-10-11", true, "makeup-workday", "国庆节调休", TestName = "Saturday 11 Oct 2025 is a make-up working day")]
    [TestCase("2026-02-14", true, "makeup-workday", "春节调休", TestName = "Saturday 14 Feb 2026 is a make-up working day")]
    [TestCase("2025-10-01", false, "holiday", "国庆节、中秋节", TestName = "1 Oct 2025 is a public holiday")]
    [TestCase("2025-10-04", false, "holiday", "国庆节、中秋节", TestName = "A Saturday inside the National Day holiday is named as the holiday")]
    [TestCase("2025-10-18", false, "weekend", null, TestName = "An ordinary Saturday is a weekend")]
    [TestCase("2025-10-09", true, "workday", null, TestName = "An ordinary Thursday is a working day")]
    public async Task A_day_says_whether_it_is_worked_and_why(string date, bool working, string kind, string? name)
    {
        var answer = await Api.DayAsync("cn", date);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Text("date"), Is.EqualTo(date));
            Assert.That(answer.Json.GetProperty("isWorkingDay").GetBoolean(), Is.EqualTo(working));
            Assert.That(answer.Text("kind"), Is.EqualTo(kind));
            Assert.That(answer.Text("name"), Is.EqualTo(name));
            Assert.That(answer.Flag("provisional"), Is.False);
        }
    }

    [Test]
    public async Task A_day_in_a_year_without_its_notice_is_answered_from_the_statute_and_marked_provisional()
    {
        // 2027: 正月初一 is Saturday 6 February, made up on Tuesday 9 February.
        var answer = await Api.DayAsync("cn", "2027-02-09");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Json.GetProperty("isWorkingDay").GetBoolean(), Is.False);
            Assert.That(answer.Text("kind"), Is.EqualTo("holiday"));
            Assert.That(answer.Text("name"), Is.EqualTo("春节补假"));
            Assert.That(answer.Flag("provisional"), Is.True);
        }
    }

    [Test]
    public async Task The_national_calendar_is_listed_with_its_seeded_years_and_settings()
    {
        var answer = await Api.ListAsync();

        var cn = answer.Json.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "cn");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cn.GetProperty("name").GetString(), Is.EqualTo("中国"));
            Assert.That(cn.GetProperty("timeZone").GetString(), Is.EqualTo("Asia/Shanghai"));
            Assert.That(cn.GetProperty("weekendDays").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "Saturday", "Sunday" }));
            Assert.That(cn.GetProperty("workingHours").EnumerateArray().Select(h => h.GetString()), Is.EqualTo(new[] { "09:00-12:00", "13:30-17:30" }));
            Assert.That(cn.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2025, 2026 }));
        }
    }

    [Test]
    public async Task An_unknown_calendar_is_404_calendar_not_found()
    {
        var day = await Api.DayAsync("xx", "2025-10-01");
        var due = await Api.DueDateAsync("xx", "2025-10-01", 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(day.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(day.Code, Is.EqualTo("calendar-not-found"));
            Assert.That(due.Code, Is.EqualTo("calendar-not-found"));
            Assert.That(due.Text("calendarId"), Is.EqualTo("xx"));
        }
    }

    [TestCase("/api/v1/calendars/cn/due-date?start=2025-9-30&workingDays=3", "start", TestName = "A date without leading zeros is refused, naming start")]
    [TestCase("/api/v1/calendars/cn/due-date?start=2025-09-31&workingDays=3", "start", TestName = "31 September is refused, naming start")]
    [TestCase("/api/v1/calendars/cn/due-date?start=2025-09-30&workingDays=-1", "workingDays", TestName = "A negative number of working days is refused, naming workingDays")]
    [TestCase("/api/v1/calendars/cn/due-date?start=2025-09-30&workingDays=three", "workingDays", TestName = "Working days that are not a number are refused, naming workingDays")]
    [TestCase("/api/v1/calendars/cn/due-date?start=2025-09-30", "workingDays", TestName = "A due date without workingDays or duration is refused")]
    [TestCase("/api/v1/calendars/cn/due-date?startAt=2025-09-30&duration=2h", "startAt", TestName = "A startAt without a time is refused, naming startAt")]
    [TestCase("/api/v1/calendars/cn/due-date?startAt=2025-09-30T10:00:00Z&duration=2x", "duration", TestName = "A duration in an unknown unit is refused, naming duration")]
    [TestCase("/api/v1/calendars/cn/days/20251001", "date", TestName = "A day in the path written without hyphens is refused, naming date")]
    [TestCase("/api/v1/calendars/cn/working-days?from=2025-10-01&to=tomorrow", "to", TestName = "Working days to a word instead of a date are refused, naming to")]
    public async Task A_malformed_parameter_is_400_invalid_query_naming_it(string path, string parameter)
    {
        var problem = await Api.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("invalid-query"));
            Assert.That(problem.Text("parameter"), Is.EqualTo(parameter));
        }
    }

    [Test]
    public async Task A_due_date_running_into_a_year_without_its_notice_is_answered_provisionally()
    {
        // Mon 7 Dec 2026: 8–11, 14–18, 21–25, 28–31 Dec make 18; Fri 1 Jan 2027 is 元旦 by the statute; Mon 4 (19), Tue 5 Jan (20).
        var answer = await Api.DueDateAsync("cn", "2026-12-07", 20);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Text("dueDate"), Is.EqualTo("2027-01-05"));
            Assert.That(answer.Text("dueAt"), Is.EqualTo("2027-01-05T17:30:00+08:00"));
            Assert.That(answer.Flag("provisional"), Is.True);
        }
    }

    [Test]
    public async Task A_due_date_inside_the_official_year_is_not_provisional_even_when_it_ends_on_31_December()
    {
        // Mon 28 Dec 2026 + 4: Tue 29, Wed 30, Thu 31 make 3, so the 4th is Mon 4 Jan 2027; + 3 stays in 2026.
        var inside = await Api.DueDateAsync("cn", "2026-12-28", 3);
        var across = await Api.DueDateAsync("cn", "2026-12-28", 4);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inside.Text("dueDate"), Is.EqualTo("2026-12-31"));
            Assert.That(inside.Flag("provisional"), Is.False);
            Assert.That(across.Text("dueDate"), Is.EqualTo("2027-01-04"));
            Assert.That(across.Flag("provisional"), Is.True);
        }
    }

    [Test]
    public async Task Part_day_limits_and_working_day_counts_into_a_provisional_year_say_so()
    {
        // Thu 31 Dec 2026 17:00: half an hour that day; 1 Jan 2027 off by the statute, 2–3 Jan weekend; Mon 4 Jan 09:00–12:00.
        var dueAt = await Api.DueAtAsync("cn", "2026-12-31T17:00:00+08:00", "0.5d");
        var counted = await Api.WorkingDaysAsync("cn", "2026-12-31", "2027-01-08");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dueAt.Text("dueAt"), Is.EqualTo("2027-01-04T12:00:00+08:00"));
            Assert.That(dueAt.Flag("provisional"), Is.True);
            Assert.That(counted.Number("workingDays"), Is.EqualTo(5));
            Assert.That(counted.Flag("provisional"), Is.True);
        }
    }
}
