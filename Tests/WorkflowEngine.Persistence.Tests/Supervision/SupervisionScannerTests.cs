using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Tests.Persistence.Supervision;

/// <summary>
/// Clocks accepted Fri 7 Mar 2025 10:00 with 10 working days committed (70 working hours, due Fri 21 Mar 17:30):
/// 50% is reached at close of Fri 14 Mar, 90% at close of Thu 20 Mar. Each test has a database of its own,
/// because a scan reads every clock.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SupervisionScannerTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [SetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database);

    [TearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    [Test]
    public async Task A_clock_raises_exactly_one_alert_at_warning_one_at_urgent_and_one_when_overdue()
    {
        var id = (await _engine.StartClockAsync()).Clock.Id;

        var raised = new List<int>();
        foreach (var at in new[] { "2025-03-14 16:48", "2025-03-14 17:30", "2025-03-17 09:00", "2025-03-20 16:48", "2025-03-20 17:30", "2025-03-21 17:30", "2025-03-21 17:31", "2025-03-24 10:00" })
            raised.Add(await _engine.ScanAsync(at));

        Assert.That(raised, Is.EqualTo(new[] { 0, 1, 0, 0, 1, 0, 1, 0 }));
        var alerts = (await _engine.AlertsOfAsync(id)).Reverse().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(alerts.Select(a => (a.PreviousLevel, a.Level)), Is.EqualTo(new[]
            {
                (ClockLevel.Normal, ClockLevel.Warning), (ClockLevel.Warning, ClockLevel.Urgent), (ClockLevel.Urgent, ClockLevel.Overdue),
            }));
            Assert.That(alerts.Select(a => a.State), Is.All.EqualTo(AlertState.Sent));
            Assert.That(alerts[0].RaisedAt, Is.EqualTo(At("2025-03-14 17:30")));
            Assert.That((await _engine.ClockRowAsync(id)).Level, Is.EqualTo(nameof(ClockLevel.Overdue)));
        }
    }

    [Test]
    public async Task Scanning_twice_at_the_same_instant_raises_nothing_the_second_time()
    {
        await _engine.StartClockAsync();
        await _engine.StartClockAsync();

        var first = await _engine.ScanAsync("2025-03-17 10:00");
        var second = await _engine.ScanAsync("2025-03-17 10:00");

        Assert.That((first, second), Is.EqualTo((2, 0)));
    }

    [Test]
    public async Task A_clock_that_jumps_several_levels_between_scans_raises_one_alert_for_the_jump()
    {
        var id = (await _engine.StartClockAsync()).Clock.Id;

        Assert.That(await _engine.ScanAsync("2025-03-25 10:00"), Is.EqualTo(1));
        var alert = (await _engine.AlertsOfAsync(id)).Single();
        Assert.That((alert.PreviousLevel, alert.Level), Is.EqualTo((ClockLevel.Normal, ClockLevel.Overdue)));
    }

    [Test]
    public async Task The_alert_is_published_through_the_outbox_with_its_feedback_deadline()
    {
        var started = await _engine.StartClockAsync();

        await _engine.ScanAsync("2025-03-14 17:30");

        var alert = (await _engine.AlertsOfAsync(started.Clock.Id)).Single();
        var message = (await _engine.OutboxAsync(SupervisionMessages.AlertRaisedTopic)).Single();
        var payload = JsonNode.Parse(message.Payload!)!;
        using (Assert.EnterMultipleScope())
        {
            // Three working days after Fri 14 Mar: Mon 17, Tue 18, Wed 19, to close of business.
            Assert.That(alert.FeedbackDueAt, Is.EqualTo(At("2025-03-19 17:30")));
            Assert.That(payload["alertId"]!.GetValue<string>(), Is.EqualTo(alert.Id));
            Assert.That(payload["clockId"]!.GetValue<string>(), Is.EqualTo(started.Clock.Id));
            Assert.That(payload["ownerType"]!.GetValue<string>(), Is.EqualTo("case"));
            Assert.That(payload["ownerId"]!.GetValue<string>(), Is.EqualTo(started.Clock.OwnerId));
            Assert.That(payload["level"]!.GetValue<string>(), Is.EqualTo("Warning"));
            Assert.That(payload["previousLevel"]!.GetValue<string>(), Is.EqualTo("Normal"));
            Assert.That(payload["feedbackDueAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(At("2025-03-19 17:30")));
            Assert.That(message.CreatedAt, Is.EqualTo(At("2025-03-14 17:30")));
            Assert.That((await _engine.JournalAsync(started.Clock.OwnerId)).Last().Event, Is.EqualTo(SupervisionJournalEvents.AlertRaised));
        }
    }

    [Test]
    public async Task Scanners_on_several_nodes_at_once_raise_each_alert_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 30; i++) ids.Add((await _engine.StartClockAsync()).Clock.Id);

        var scans = Enumerable.Range(0, 3).Select(_ => Task.Run(() => _engine.ScanAsync("2025-03-17 10:00"))).ToList();
        var raised = await Task.WhenAll(scans);

        Assert.That(raised.Sum(), Is.EqualTo(30));
        var alerts = await _engine.InScopeAsync<AlertService, AlertPage>(s => s.ListAsync(new AlertQuery(PageSize: 100)));
        Assert.That(alerts.Items.Select(a => a.ClockId).Order(), Is.EqualTo(ids.Order()));
        Assert.That(await _engine.OutboxAsync(SupervisionMessages.AlertRaisedTopic), Has.Count.EqualTo(30));
    }

    [Test]
    public async Task An_extension_that_brings_a_clock_back_to_normal_withdraws_its_open_alert()
    {
        var id = (await _engine.StartClockAsync(committed: "10d", statutory: "20d")).Clock.Id;
        await _engine.ScanAsync("2025-03-14 17:30");

        // 36 of 140 working hours once extended to 20 days: back to normal.
        await _engine.ExtendClockAsync(id, "10d", "2025-03-17 10:00");
        var raised = await _engine.ScanAsync("2025-03-17 10:00");

        var alert = (await _engine.AlertsOfAsync(id)).Single();
        var change = (await _engine.OutboxAsync(SupervisionMessages.AlertStateChangedTopic)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(raised, Is.Zero);
            Assert.That(alert.State, Is.EqualTo(AlertState.Withdrawn));
            Assert.That((await _engine.ClockRowAsync(id)).Level, Is.EqualTo(nameof(ClockLevel.Normal)));
            Assert.That(JsonNode.Parse(change.Payload!)!["state"]!.GetValue<string>(), Is.EqualTo("Withdrawn"));
            var line = (await _engine.JournalAsync(alert.OwnerId)).Last();
            Assert.That((line.Event, line.Actor), Is.EqualTo(("AlertWithdrawn", SupervisionMessages.System)));
        }
        // Halfway through the 20 days it warns again, with a new alert.
        Assert.That(await _engine.ScanAsync("2025-04-02 10:00"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_alert_under_supervision_stays_with_its_supervisor_when_the_clock_falls_back()
    {
        var id = (await _engine.StartClockAsync(committed: "10d", statutory: "20d")).Clock.Id;
        await _engine.ScanAsync("2025-03-14 17:30");
        var alert = (await _engine.AlertsOfAsync(id)).Single();
        await _engine.InScopeAsync<AlertService, Alert>(s => s.TransitionAsync(alert.Id, AlertState.UnderSupervision, "督查室 周"));

        await _engine.ExtendClockAsync(id, "10d", "2025-03-17 10:00");
        await _engine.ScanAsync("2025-03-17 10:00");

        Assert.That((await _engine.AlertsOfAsync(id)).Single().State, Is.EqualTo(AlertState.UnderSupervision));
    }

    [Test]
    public async Task A_fall_from_urgent_to_warning_withdraws_the_urgent_alert_and_keeps_the_warning()
    {
        var id = (await _engine.StartClockAsync(committed: "10d", statutory: "20d")).Clock.Id;
        await _engine.ScanAsync("2025-03-14 17:30");
        await _engine.ScanAsync("2025-03-20 17:30");

        // 63 of 91 working hours once extended to 13 days: 69%, a warning.
        await _engine.ExtendClockAsync(id, "3d", "2025-03-20 17:30");
        await _engine.ScanAsync("2025-03-20 17:30");

        var states = (await _engine.AlertsOfAsync(id)).ToDictionary(a => a.Level, a => a.State);
        Assert.That(states, Is.EqualTo(new Dictionary<ClockLevel, AlertState> { [ClockLevel.Warning] = AlertState.Sent, [ClockLevel.Urgent] = AlertState.Withdrawn }));
    }

    [Test]
    public async Task A_clock_with_thresholds_of_its_own_alerts_at_its_own_percentages()
    {
        var own = (await _engine.StartClockAsync(thresholds: new ClockThresholds(0.3m, 0.6m))).Clock.Id;
        var standard = (await _engine.StartClockAsync()).Clock.Id;

        // 28%, 30%, 60% of the committed limit.
        var raised = new[] { await _engine.ScanAsync("2025-03-12 16:00"), await _engine.ScanAsync("2025-03-12 17:30"), await _engine.ScanAsync("2025-03-18 17:30") };

        Assert.That(raised, Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That((await _engine.AlertsOfAsync(own)).Select(a => a.Level), Is.EquivalentTo(new[] { ClockLevel.Warning, ClockLevel.Urgent }));
        Assert.That((await _engine.AlertsOfAsync(standard)).Select(a => a.Level), Is.EqualTo(new[] { ClockLevel.Warning }));
    }

    [Test]
    public async Task The_global_thresholds_from_the_options_apply_to_clocks_without_their_own()
    {
        await using var engine = await TestEngine.StartAsync(database, configure: s => s.Configure<SupervisionOptions>(o =>
        {
            o.Thresholds.WarningAt = 0.3m;
            o.Thresholds.UrgentAt = 0.6m;
            o.FeedbackWorkingDays = 1;
        }));
        var id = (await engine.StartClockAsync()).Clock.Id;

        Assert.That(await engine.ScanAsync("2025-03-12 17:30"), Is.EqualTo(1));
        var alert = (await engine.AlertsOfAsync(id)).Single();
        Assert.That((alert.Level, alert.FeedbackDueAt), Is.EqualTo((ClockLevel.Warning, At("2025-03-13 17:30"))));
    }

    [Test]
    public async Task Completed_clocks_and_clocks_accepted_after_the_scan_are_left_alone()
    {
        var done = (await _engine.StartClockAsync()).Clock.Id;
        await _engine.InScopeAsync<ClockService, ClockView>(s => s.CompleteAsync(done, new ClockChangeRequest("科长 李", "办结") { At = At("2025-03-10 10:00") }));
        await _engine.StartClockAsync(at: "2025-06-02 10:00");

        Assert.That(await _engine.ScanAsync("2025-04-01 10:00"), Is.Zero);
    }

    [Test]
    public async Task A_clock_that_cannot_be_read_does_not_stop_the_scan_of_the_others()
    {
        await _engine.InScopeAsync<WorkflowDbContext, int>(db =>
        {
            db.Clocks.Add(new ClockRecord
            {
                Id = "0-unreadable", OwnerType = "case", OwnerId = "CASE-LOST", CalendarId = "atlantis", Events = "[]", Thresholds = "{}",
                Level = "Normal", UpdatedAt = DateTimeOffset.UtcNow, Revision = 1,
            });
            return db.SaveChangesAsync();
        });
        await _engine.StartClockAsync();

        Assert.That(await _engine.ScanAsync("2025-03-17 10:00"), Is.EqualTo(1));
    }

    [Test]
    public async Task Paging_through_more_clocks_than_one_batch_reaches_them_all()
    {
        await using var engine = await TestEngine.StartAsync(database, configure: s => s.Configure<SupervisionOptions>(o => o.ScanBatchSize = 7));
        for (var i = 0; i < 20; i++) await engine.StartClockAsync();

        Assert.That(await engine.ScanAsync("2025-03-17 10:00"), Is.EqualTo(20));
    }
}
