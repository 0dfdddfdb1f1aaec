using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Tests.Server;

/// <summary>
/// The alerts and clocks API over real HTTP, on alerts raised through the services in the server's own database:
/// 10-day clocks accepted Fri 7 Mar 2025 warn at the scan of Fri 14 Mar 17:30 and turn urgent at that of Thu 20 Mar 17:30.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SupervisionApiTests(TestDatabase database)
{
    TestEngine _engine = null!;
    ServerProcess _server = null!;
    HttpClient _http = null!;
    ClockView _permit = null!;
    readonly List<ClockView> _toMove = [];

    [OneTimeSetUp]
    public async Task StartServer()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        _engine = await TestEngine.StartAsync(persistence);
        _permit = await _engine.StartClockAsync(ownerType: "permit");
        await _engine.StartClockAsync(ownerType: "assistance");
        for (var i = 0; i < 4; i++) _toMove.Add(await _engine.StartClockAsync(ownerType: "moved"));
        await _engine.ScanAsync("2025-03-14 17:30");
        await _engine.ScanAsync("2025-03-20 17:30");
        // The tests move time by hand; the server's own scan would read the same clocks at today's date.
        _server = await ServerProcess.StartAsync(persistence, new Dictionary<string, string> { ["Scheduling__Enabled"] = "false" });
        _http = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _engine.DisposeAsync();
    }

    async Task<JsonNode> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, object body)
    {
        var response = await _http.PostAsJsonAsync(path, body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    async Task<string> WarningOfAsync(ClockView clock) =>
        (await _engine.AlertsOfAsync(clock.Clock.Id)).Single(a => a.Level == ClockLevel.Warning).Id;

    static string Q(string isoInstant) => Uri.EscapeDataString(isoInstant);

    static IEnumerable<string?> Strings(JsonNode list, string property) => list.AsArray().Select(n => n![property]!.GetValue<string>());

    [Test]
    public async Task Alerts_are_listed_newest_first_with_the_total_filtered_and_paged()
    {
        var permit = await GetJsonAsync("/api/v1/alerts?ownerType=permit");
        var warnings = await GetJsonAsync("/api/v1/alerts?ownerType=assistance&level=warning&state=Sent");
        var early = await GetJsonAsync($"/api/v1/alerts?ownerType=permit&from={Q("2025-03-14T00:00:00+08:00")}&to={Q("2025-03-15T00:00:00+08:00")}");
        var secondPage = await GetJsonAsync("/api/v1/alerts?ownerType=permit&page=1&pageSize=1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(permit["totalCount"]!.GetValue<long>(), Is.EqualTo(2));
            Assert.That(Strings(permit["items"]!, "level"), Is.EqualTo(new[] { "Urgent", "Warning" }));
            Assert.That(Strings(permit["items"]!, "clockId"), Is.All.EqualTo(_permit.Clock.Id));
            Assert.That(warnings["totalCount"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(Strings(early["items"]!, "level"), Is.EqualTo(new[] { "Warning" }));
            Assert.That((secondPage["totalCount"]!.GetValue<long>(), secondPage["page"]!.GetValue<int>(), secondPage["pageSize"]!.GetValue<int>()), Is.EqualTo((2L, 1, 1)));
            Assert.That(Strings(secondPage["items"]!, "level"), Is.EqualTo(new[] { "Warning" }));
        }
    }

    [Test]
    public async Task One_alert_is_read_by_id_with_the_moves_it_allows()
    {
        var id = await WarningOfAsync(_permit);

        var alert = await GetJsonAsync($"/api/v1/alerts/{id}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alert["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(alert["ownerType"]!.GetValue<string>(), Is.EqualTo("permit"));
            Assert.That(alert["ownerId"]!.GetValue<string>(), Is.EqualTo(_permit.Clock.OwnerId));
            Assert.That(alert["previousLevel"]!.GetValue<string>(), Is.EqualTo("Normal"));
            Assert.That(alert["state"]!.GetValue<string>(), Is.EqualTo("Sent"));
            Assert.That(alert["raisedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(At("2025-03-14 17:30")));
            Assert.That(alert["feedbackDueAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(At("2025-03-19 17:30")));
            Assert.That(alert["allowedTransitions"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "Pending", "UnderSupervision", "Cancelled" }));
        }
    }

    [Test]
    public async Task An_unknown_alert_is_404_with_code_alert_not_found()
    {
        var problem = await GetJsonAsync("/api/v1/alerts/no-such-alert", HttpStatusCode.NotFound);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("alert-not-found"));
    }

    [TestCase("state=Bogus")]
    [TestCase("level=red")]
    [TestCase("state=1")]
    [TestCase("from=yesterday")]
    [TestCase("from=2025-03-15T00:00:00Z&to=2025-03-14T00:00:00Z")]
    [TestCase("page=-1")]
    [TestCase("pageSize=0")]
    [TestCase("pageSize=501")]
    public async Task A_bad_filter_is_400_with_code_invalid_query(string query)
    {
        var problem = await GetJsonAsync("/api/v1/alerts?" + query, HttpStatusCode.BadRequest);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("invalid-query"));
    }

    [Test]
    public async Task A_department_acknowledges_and_a_supervisor_takes_up_an_alert_over_http()
    {
        var id = await WarningOfAsync(_toMove[0]);

        var pending = await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Pending", by = "审批科 钱", note = "已收到" });
        var supervised = await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "underSupervision", by = "督查室 周" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pending.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(pending.Body["state"]!.GetValue<string>(), Is.EqualTo("Pending"));
            Assert.That(pending.Body["note"]!.GetValue<string>(), Is.EqualTo("已收到"));
            Assert.That(supervised.Body["state"]!.GetValue<string>(), Is.EqualTo("UnderSupervision"));
            Assert.That((await GetJsonAsync($"/api/v1/alerts/{id}"))["state"]!.GetValue<string>(), Is.EqualTo("UnderSupervision"));
            var lines = (await _engine.JournalAsync(_toMove[0].Clock.OwnerId)).Where(j => j.Event is "AlertPending" or "AlertUnderSupervision");
            Assert.That(lines.Select(j => j.Actor), Is.EqualTo(new[] { "审批科 钱", "督查室 周" }));
        }
    }

    [Test]
    public async Task A_move_the_state_does_not_allow_is_409_with_code_invalid_alert_transition()
    {
        var id = await WarningOfAsync(_toMove[1]);

        var withdrawn = await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Withdrawn", by = "督查室 周" });
        await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Cancelled", by = "督查室 周", note = "误报" });
        var reopened = await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Pending", by = "审批科 钱" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withdrawn.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(withdrawn.Body["code"]!.GetValue<string>(), Is.EqualTo("invalid-alert-transition"));
            Assert.That(withdrawn.Body["allowed"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "Pending", "UnderSupervision", "Cancelled" }));
            Assert.That(reopened.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(reopened.Body["state"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
        }
    }

    [Test]
    public async Task A_transition_without_a_target_a_name_or_a_cancellation_note_is_400_and_an_unknown_alert_404()
    {
        var id = await WarningOfAsync(_toMove[2]);

        var outcomes = new[]
        {
            await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Closed", by = "督查室 周" }),
            await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Pending" }),
            await PostAsync($"/api/v1/alerts/{id}/transitions", new { to = "Cancelled", by = "督查室 周" }),
            await PostAsync("/api/v1/alerts/no-such-alert/transitions", new { to = "Pending", by = "审批科 钱" }),
        };

        Assert.That(outcomes.Select(o => (o.Status, o.Body["code"]!.GetValue<string>())), Is.EqualTo(new[]
        {
            (HttpStatusCode.BadRequest, "invalid-request"), (HttpStatusCode.BadRequest, "invalid-request"),
            (HttpStatusCode.BadRequest, "invalid-request"), (HttpStatusCode.NotFound, "alert-not-found"),
        }));
        Assert.That((await GetJsonAsync($"/api/v1/alerts/{id}"))["state"]!.GetValue<string>(), Is.EqualTo("Sent"));
    }

    [Test]
    public async Task A_clock_is_read_at_an_instant_with_its_pauses_and_extensions()
    {
        var clock = _toMove[3].Clock;
        await _engine.InScopeAsync<ClockService, ClockView>(s => s.PauseAsync(clock.Id, PauseReason.ExpertReview, new ClockChangeRequest("科长 李", "专家评审") { At = At("2025-03-24 09:00") }));

        var read = await GetJsonAsync($"/api/v1/clocks/{clock.Id}?at={Q("2025-03-14T17:30:00+08:00")}");
        var paused = await GetJsonAsync($"/api/v1/clocks/{clock.Id}?at={Q("2025-03-25T10:00:00+08:00")}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read["level"]!.GetValue<string>(), Is.EqualTo("Warning"));
            Assert.That(read["committedLimit"]!.GetValue<string>(), Is.EqualTo("10d"));
            Assert.That(read["committedDueDate"]!.GetValue<string>(), Is.EqualTo("2025-03-21"));
            Assert.That(read["committedDeadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(At("2025-03-21 17:30")));
            Assert.That((read["elapsedWorkingHours"]!.GetValue<double>(), read["remainingWorkingHours"]!.GetValue<double>()), Is.EqualTo((35d, 35d)));
            Assert.That(read["fractionElapsed"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
            Assert.That(read["isPaused"]!.GetValue<bool>(), Is.False);
            Assert.That(read["provisional"]!.GetValue<bool>(), Is.False, "2025 is official");
            Assert.That(read["pauses"]!.AsArray(), Is.Empty);
            Assert.That(read["thresholds"]!["warningAt"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
            Assert.That(paused["isPaused"]!.GetValue<bool>(), Is.True);
            Assert.That(paused["level"]!.GetValue<string>(), Is.EqualTo("Overdue"));
            Assert.That(paused["pauses"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo("ExpertReview"));
            Assert.That(paused["supervisedLevel"]!.GetValue<string>(), Is.EqualTo("Urgent"));
        }
    }

    [Test]
    public async Task Clocks_are_found_by_owner_and_a_missing_owner_or_unknown_clock_is_a_problem()
    {
        var found = await GetJsonAsync($"/api/v1/clocks?ownerType=permit&ownerId={_permit.Clock.OwnerId}&at={Q("2025-03-10T10:00:00+08:00")}");
        var missingOwner = await GetJsonAsync("/api/v1/clocks?ownerType=permit", HttpStatusCode.BadRequest);
        var unknown = await GetJsonAsync("/api/v1/clocks/no-such-clock", HttpStatusCode.NotFound);
        var beforeStart = await GetJsonAsync($"/api/v1/clocks/{_permit.Clock.Id}?at={Q("2025-03-01T10:00:00+08:00")}", HttpStatusCode.BadRequest);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Strings(found, "id"), Is.EqualTo(new[] { _permit.Clock.Id }));
            Assert.That(found[0]!["level"]!.GetValue<string>(), Is.EqualTo("Normal"));
            Assert.That(missingOwner["code"]!.GetValue<string>(), Is.EqualTo("invalid-query"));
            Assert.That(unknown["code"]!.GetValue<string>(), Is.EqualTo("clock-not-found"));
            Assert.That(beforeStart["code"]!.GetValue<string>(), Is.EqualTo("invalid-query"));
        }
    }
}
