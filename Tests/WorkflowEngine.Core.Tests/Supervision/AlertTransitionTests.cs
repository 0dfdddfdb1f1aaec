using WorkflowEngine.Supervision;

namespace WorkflowEngine.Tests.Supervision;

public class AlertTransitionTests
{
    [TestCase(AlertState.Sent, AlertState.Pending, TestName = "The department acknowledges a sent alert")]
    [TestCase(AlertState.Sent, AlertState.UnderSupervision, TestName = "A supervisor takes up a sent alert")]
    [TestCase(AlertState.Sent, AlertState.Cancelled, TestName = "A supervisor cancels a sent alert")]
    [TestCase(AlertState.Pending, AlertState.UnderSupervision, TestName = "A supervisor takes up an acknowledged alert")]
    [TestCase(AlertState.Pending, AlertState.Cancelled, TestName = "A supervisor cancels an acknowledged alert")]
    [TestCase(AlertState.UnderSupervision, AlertState.Cancelled, TestName = "A supervisor closes an alert under supervision")]
    public void People_may_move_an_alert_forward(AlertState from, AlertState to) =>
        Assert.That(AlertTransitions.IsAllowed(from, to), Is.True);

    [Test]
    public void Nobody_but_the_system_withdraws_and_nothing_goes_back()
    {
        var refused = from source in Enum.GetValues<AlertState>()
                      from target in Enum.GetValues<AlertState>()
                      where !AlertTransitions.IsAllowed(source, target)
                      select (source, target);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Enum.GetValues<AlertState>().Select(s => AlertTransitions.IsAllowed(s, AlertState.Withdrawn)), Is.All.False);
            Assert.That(Enum.GetValues<AlertState>().Select(s => AlertTransitions.IsAllowed(s, AlertState.Sent)), Is.All.False);
            Assert.That(refused.Count(), Is.EqualTo(25 - 6));
        }
    }

    [Test]
    public void Withdrawn_and_cancelled_alerts_are_closed()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(AlertTransitions.AllowedFrom(AlertState.Withdrawn), Is.Empty);
            Assert.That(AlertTransitions.AllowedFrom(AlertState.Cancelled), Is.Empty);
            Assert.That(AlertTransitions.IsOpen(AlertState.Cancelled), Is.False);
            Assert.That(AlertTransitions.IsOpen(AlertState.UnderSupervision), Is.True);
        }
    }

    [Test]
    public void The_system_withdraws_only_what_no_supervisor_has_taken_up()
    {
        Assert.That(Enum.GetValues<AlertState>().Where(AlertTransitions.CanWithdraw), Is.EqualTo(new[] { AlertState.Sent, AlertState.Pending }));
    }

    [Test]
    public void A_refusal_names_the_moves_that_are_allowed()
    {
        var refusal = Assert.Throws<AlertTransitionException>(() => AlertTransitions.EnsureAllowed("a1", AlertState.Pending, AlertState.Withdrawn));
        Assert.That(refusal!.Message, Is.EqualTo("alert a1 is Pending and cannot become Withdrawn (only the system withdraws alerts); allowed: UnderSupervision, Cancelled"));
    }
}
