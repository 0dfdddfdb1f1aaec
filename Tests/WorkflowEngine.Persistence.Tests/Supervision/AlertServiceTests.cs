using System.Text.Json.Nodes;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Tests.Persistence.Supervision;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class AlertServiceTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [SetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database);

    [TearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<T> Alerts<T>(Func<AlertService, Task<T>> action) => _engine.InScopeAsync(action);

    /// <summary>A warning alert, raised by a scan at 50% of a 10-day clock.</summary>
    async Task<Alert> RaiseWarningAsync(string ownerType = "case")
    {
        var clock = await _engine.StartClockAsync(ownerType: ownerType);
        await _engine.ScanAsync("2025-03-14 17:30");
        return (await _engine.AlertsOfAsync(clock.Clock.Id)).Single();
    }

    async Task<Alert> MoveAsync(Alert alert, params AlertState[] path)
    {
        foreach (var to in path)
            alert = await Alerts(s => s.TransitionAsync(alert.Id, to, "督查室 周", to == AlertState.Cancelled ? "已办结" : null));
        return alert;
    }

    [Test]
    public async Task People_move_an_alert_forward_and_each_move_is_journaled_with_who_and_why()
    {
        var alert = await RaiseWarningAsync();

        await Alerts(s => s.TransitionAsync(alert.Id, AlertState.Pending, "审批科 钱", "已收到，正在办理"));
        await Alerts(s => s.TransitionAsync(alert.Id, AlertState.UnderSupervision, "督查室 周", "逾期风险，督办"));
        var cancelled = await Alerts(s => s.TransitionAsync(alert.Id, AlertState.Cancelled, "督查室 周", "已办结，取消督办"));

        var stored = await Alerts(s => s.GetAsync(alert.Id));
        var lines = (await _engine.JournalAsync(alert.OwnerId)).Where(j => j.Event.StartsWith("Alert") && j.Event != SupervisionJournalEvents.AlertRaised).ToList();
        var messages = await _engine.OutboxAsync(SupervisionMessages.AlertStateChangedTopic);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cancelled, Is.EqualTo(stored));
            Assert.That((stored.State, stored.Note), Is.EqualTo((AlertState.Cancelled, "已办结，取消督办")));
            Assert.That(lines.Select(j => (j.Event, j.Actor, j.Message)), Is.EqualTo(new[]
            {
                ("AlertPending", "审批科 钱", "已收到，正在办理"),
                ("AlertUnderSupervision", "督查室 周", "逾期风险，督办"),
                ("AlertCancelled", "督查室 周", "已办结，取消督办"),
            }));
            Assert.That(messages.Select(m => JsonNode.Parse(m.Payload!)!["state"]!.GetValue<string>()).Order(),
                Is.EqualTo(new[] { "Cancelled", "Pending", "UnderSupervision" }));
        }
    }

    [TestCase(new AlertState[0], AlertState.Withdrawn, TestName = "Nobody but the system withdraws an alert")]
    [TestCase(new AlertState[0], AlertState.Sent, TestName = "A sent alert cannot be sent again")]
    [TestCase(new[] { AlertState.Pending }, AlertState.Pending, TestName = "An acknowledged alert cannot be acknowledged twice")]
    [TestCase(new[] { AlertState.UnderSupervision }, AlertState.Pending, TestName = "An alert under supervision cannot go back to pending")]
    [TestCase(new[] { AlertState.Cancelled }, AlertState.UnderSupervision, TestName = "A cancelled alert stays cancelled")]
    public async Task Refused_transitions_leave_the_alert_as_it_was(AlertState[] path, AlertState to)
    {
        var alert = await MoveAsync(await RaiseWarningAsync(), path);

        var refused = await Assert.ThrowsAsync<AlertTransitionException>(async () =>
            await Alerts(s => s.TransitionAsync(alert.Id, to, "督查室 周", "试试")));

        Assert.That((refused!.From, refused.To), Is.EqualTo((alert.State, to)));
        Assert.That(await Alerts(s => s.GetAsync(alert.Id)), Is.EqualTo(alert));
    }

    [Test]
    public async Task A_supervisor_cancels_only_with_a_note()
    {
        var alert = await RaiseWarningAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await Alerts(s => s.TransitionAsync(alert.Id, AlertState.Cancelled, "督查室 周", " ")));

        Assert.That((await Alerts(s => s.GetAsync(alert.Id))).State, Is.EqualTo(AlertState.Sent));
    }

    [Test]
    public async Task Two_people_acknowledging_at_once_move_the_alert_once()
    {
        var alert = await RaiseWarningAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try { await Alerts(s => s.TransitionAsync(alert.Id, AlertState.Pending, "审批科 " + i)); return "moved"; }
            catch (AlertTransitionException) { return "refused"; }
        })));

        Assert.That(outcomes.Order(), Is.EqualTo(new[] { "moved", "refused" }));
        Assert.That(await _engine.OutboxAsync(SupervisionMessages.AlertStateChangedTopic), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_unknown_alert_is_reported_by_id()
    {
        var error = await Assert.ThrowsAsync<AlertNotFoundException>(async () => await Alerts(s => s.GetAsync("no-such-alert")));
        Assert.That(error!.AlertId, Is.EqualTo("no-such-alert"));
    }

    [Test]
    public async Task Alerts_are_listed_newest_first_filtered_and_paged_with_the_total()
    {
        // Two clocks warn at the first scan and turn urgent at the second: four alerts.
        await _engine.StartClockAsync(ownerType: "case");
        await _engine.StartClockAsync(ownerType: "assistance");
        await _engine.ScanAsync("2025-03-14 17:30");
        await _engine.ScanAsync("2025-03-20 17:30");
        var all = await Alerts(s => s.ListAsync(new AlertQuery()));
        await Alerts(s => s.TransitionAsync(all.Items.First(a => a.Level == ClockLevel.Warning).Id, AlertState.Pending, "审批科 钱"));

        async Task<(long Total, int Count)> Count(AlertQuery q) => await Alerts(s => s.ListAsync(q)) is var p ? (p.TotalCount, p.Items.Count) : default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.TotalCount, Is.EqualTo(4));
            Assert.That(all.Items.Select(a => a.Level), Is.EqualTo(new[] { ClockLevel.Urgent, ClockLevel.Urgent, ClockLevel.Warning, ClockLevel.Warning }));
            Assert.That(await Count(new AlertQuery(State: AlertState.Sent)), Is.EqualTo((3L, 3)));
            Assert.That(await Count(new AlertQuery(Level: ClockLevel.Warning)), Is.EqualTo((2L, 2)));
            Assert.That(await Count(new AlertQuery(OwnerType: "assistance")), Is.EqualTo((2L, 2)));
            Assert.That(await Count(new AlertQuery(From: At("2025-03-15 00:00"))), Is.EqualTo((2L, 2)));
            Assert.That(await Count(new AlertQuery(To: At("2025-03-15 00:00"))), Is.EqualTo((2L, 2)));
            Assert.That(await Count(new AlertQuery(State: AlertState.Sent, Level: ClockLevel.Warning)), Is.EqualTo((1L, 1)));
            Assert.That(await Count(new AlertQuery(Page: 0, PageSize: 3)), Is.EqualTo((4L, 3)));
            Assert.That(await Count(new AlertQuery(Page: 1, PageSize: 3)), Is.EqualTo((4L, 1)));
        }
    }
}
