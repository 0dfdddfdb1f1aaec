using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Calendars;

/// <summary>An administrator loads a year and adds a regional calendar over HTTP; integrators see the change at once.</summary>
/// <remarks>Each test changes its own year or calendar, so they share one server per database.</remarks>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CalendarAdministrationApiTests(TestDatabase database) : CalendarServer(database)
{
    [Test]
    public async Task Loading_the_2027_table_makes_2027_due_dates_answer()
    {
        // Thu 4 Feb 2027 + 6 before the notice: 5–10 Feb off by the statute (除夕 to 初三, two 补假), 11, 12, 15, 16, 17, 18 Feb.
        var before = await Api.DueDateAsync("cn", "2027-02-04", 6);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Text("dueDate"), Is.EqualTo("2027-02-18"), before.ToString());
            Assert.That(before.Flag("provisional"), Is.True);
        }

        var loaded = await Api.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());

        Assert.That(loaded.Status, Is.EqualTo(HttpStatusCode.OK), loaded.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded.Number("holidays"), Is.EqualTo(28));
            Assert.That(loaded.Number("makeUpWorkdays"), Is.EqualTo(5));
            Assert.That(loaded.Number("workingDays"), Is.EqualTo(248));
            Assert.That(loaded.Text("loadedBy"), Is.EqualTo("admin-key"));
            Assert.That(loaded.Json.GetProperty("warnings").GetArrayLength(), Is.GreaterThan(0), "holiday blocks include weekend days");
            // Thu 31 Dec 2026 + 1: 1–3 Jan 2027 are off in the loaded table, so Mon 4 Jan.
            Assert.That((await Api.DueDateAsync("cn", "2026-12-31", 1)).Text("dueDate"), Is.EqualTo("2027-01-04"));
            // Thu 4 Feb 2027: 5–12 Feb off, 13–14 weekend, Mon 15 (1), ..., Fri 19 (5), Sat 20 make-up (6).
            var after = await Api.DueDateAsync("cn", "2027-02-04", 6);
            Assert.That(after.Text("dueDate"), Is.EqualTo("2027-02-20"));
            Assert.That(after.Flag("provisional"), Is.False, "the official table replaced the statute");
            Assert.That((await Api.DayAsync("cn", "2027-02-20")).Text("kind"), Is.EqualTo("makeup-workday"));
            var cn = (await Api.GetAsync("/api/v1/calendars/cn")).Json;
            Assert.That(cn.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2025, 2026, 2027 }));
        }
    }

    [Test]
    public async Task A_table_with_errors_is_refused_with_its_line_numbers_and_changes_nothing()
    {
        var table = HolidayTables.Of(
            "2026-10-01,off,国庆节",          // line 2: fine
            "2026-10-32,off,国庆节",          // line 3: no 32 October
            "2026-10-08,work,国庆节调休");     // line 4: a Thursday is already a working day

        var answer = await Api.LoadYearAsync("cn", 2026, table);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(answer.Code, Is.EqualTo("invalid-holiday-table"));
            Assert.That(answer.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 3, 4 }));
            // The official 2026 arrangement still answers: Spring Festival off, make-up Saturday worked.
            Assert.That((await Api.DueDateAsync("cn", "2026-02-13", 2)).Text("dueDate"), Is.EqualTo("2026-02-24"));
            Assert.That((await Api.WorkingDaysAsync("cn", "2025-12-31", "2026-12-31")).Number("workingDays"), Is.EqualTo(248));
        }
    }

    [Test]
    public async Task A_table_whose_rows_are_in_another_year_than_the_path_is_refused()
    {
        var answer = await Api.LoadYearAsync("cn", 2026, HolidayTables.Of("2026-10-01,off,国庆节", "2028-01-01,off,元旦"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(answer.Code, Is.EqualTo("holiday-table-year-mismatch"));
            Assert.That(answer.Json.GetProperty("strayDates").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "2028-01-01" }));
            Assert.That((await Api.DayAsync("cn", "2026-10-07")).Json.GetProperty("isWorkingDay").GetBoolean(), Is.False, "National Day 2026 still off");
        }
    }

    [TestCase(null, HttpStatusCode.Unauthorized, "admin-key-missing", TestName = "Loading a year without the administrator key is 401")]
    [TestCase("guess", HttpStatusCode.Forbidden, "admin-key-invalid", TestName = "Loading a year with a wrong administrator key is 403")]
    public async Task Loading_a_year_needs_the_administrator_key(string? key, HttpStatusCode status, string code)
    {
        var answer = await Api.LoadYearAsync("cn", 2025, HolidayTables.Of("2025-01-01,off,元旦"), key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(status));
            Assert.That(answer.Code, Is.EqualTo(code));
            Assert.That((await Api.WorkingDaysAsync("cn", "2024-12-31", "2025-12-31")).Number("workingDays"), Is.EqualTo(248), "2025 unchanged");
        }
    }

    [Test]
    public async Task Creating_a_calendar_needs_the_administrator_key()
    {
        var answer = await Api.CreateAsync(new { id = "cn-nokey", name = "无钥匙", parentId = "cn" }, adminKey: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await Api.DayAsync("cn-nokey", "2025-03-10")).Code, Is.EqualTo("calendar-not-found"));
        }
    }

    [Test]
    public async Task A_regional_calendar_overriding_one_day_answers_differently_from_cn_on_that_day_only()
    {
        var created = await Api.CreateAsync(new { id = "cn-sh", name = "上海", parentId = "cn" });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.ToString());

        // A fictitious local arrangement: the service centre also closes on Monday 10 March 2025.
        var loaded = await Api.LoadYearAsync("cn-sh", 2025, HolidayTables.Of("2025-03-10,off,本地休息日"));

        Assert.That(loaded.Status, Is.EqualTo(HttpStatusCode.OK), loaded.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded.Number("workingDays"), Is.EqualTo(247));
            Assert.That((await Api.DayAsync("cn-sh", "2025-03-10")).Text("kind"), Is.EqualTo("holiday"));
            Assert.That((await Api.DayAsync("cn", "2025-03-10")).Text("kind"), Is.EqualTo("workday"));
            // Fri 7 Mar + 1: Mon 10 is off in Shanghai only.
            Assert.That((await Api.DueDateAsync("cn-sh", "2025-03-07", 1)).Text("dueDate"), Is.EqualTo("2025-03-11"));
            Assert.That((await Api.DueDateAsync("cn", "2025-03-07", 1)).Text("dueDate"), Is.EqualTo("2025-03-10"));
            // Everything else is inherited from cn: the make-up Saturday of National Day 2025.
            Assert.That((await Api.DayAsync("cn-sh", "2025-10-11")).Text("kind"), Is.EqualTo("makeup-workday"));
            Assert.That(created.Text("parentId"), Is.EqualTo("cn"));
            Assert.That(created.Json.GetProperty("workingHours").EnumerateArray().Select(h => h.GetString()), Is.EqualTo(new[] { "09:00-12:00", "13:30-17:30" }));
        }
    }

    [Test]
    public async Task A_regional_calendar_cannot_load_a_year_its_parent_has_not()
    {
        await Api.CreateAsync(new { id = "cn-gd", name = "广东", parentId = "cn" });

        var answer = await Api.LoadYearAsync("cn-gd", 2030, HolidayTables.Of("2030-03-11,off,本地休息日"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(answer.Code, Is.EqualTo("calendar-year-not-loaded"));
            Assert.That(answer.Text("loadInto"), Is.EqualTo("cn"));
        }
    }

    [Test]
    public async Task A_regional_calendar_may_keep_its_own_working_hours()
    {
        var created = await Api.CreateAsync(new { id = "cn-mornings", name = "上午办公", parentId = "cn", workingHours = new[] { "08:30-12:00" } });

        // 3.5 h a day: half a day from 08:30 ends at 10:15.
        var answer = await Api.DueAtAsync("cn-mornings", "2025-03-12T08:30:00+08:00", "0.5d");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.ToString());
            Assert.That(answer.Text("dueAt"), Is.EqualTo("2025-03-12T10:15:00+08:00"));
        }
    }

    [Test]
    public async Task Creating_a_calendar_twice_is_409_and_a_faulty_one_lists_every_problem()
    {
        var first = await Api.CreateAsync(new { id = "cn-sz", name = "深圳", parentId = "cn" });
        var again = await Api.CreateAsync(new { id = "cn-sz", name = "深圳", parentId = "cn" });
        var faulty = await Api.CreateAsync(new { id = "CN SZ", name = "", parentId = "nowhere", workingHours = new[] { "9-12" } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(again.Code, Is.EqualTo("calendar-exists"));
            Assert.That(faulty.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(faulty.Code, Is.EqualTo("invalid-calendar"));
            Assert.That(faulty.Json.GetProperty("errors").GetArrayLength(), Is.EqualTo(4), faulty.ToString());
        }
    }

    [Test]
    public async Task A_table_sent_as_something_other_than_text_is_415()
    {
        using var content = new StringContent("date,kind,name", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/calendars/cn/years/2025") { Content = content };
        request.Headers.Add("X-Admin-Key", CalendarClient.AdminKey);

        using var response = await Http.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("unsupported-media-type"));
        }
    }

    [Test]
    public async Task With_no_administrator_key_configured_administration_is_closed()
    {
        await using var closed = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(Database), CalendarClient.ServerSettings(adminKey: null));
        using var http = closed.CreateClient();
        var api = new CalendarClient(http);

        var answer = await api.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(answer.Code, Is.EqualTo("administration-disabled"));
            Assert.That((await api.DueDateAsync("cn", "2025-09-30", 3)).Text("dueDate"), Is.EqualTo("2025-10-11"), "queries still answer");
        }
    }
}
