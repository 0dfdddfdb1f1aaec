using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Tests.Supervision;

public class LevelChangeTests
{
    [TestCase(ClockLevel.Normal, ClockLevel.Warning)]
    [TestCase(ClockLevel.Normal, ClockLevel.Overdue)]
    [TestCase(ClockLevel.Warning, ClockLevel.Urgent)]
    [TestCase(ClockLevel.Urgent, ClockLevel.Overdue)]
    public void A_rise_raises_one_alert_and_withdraws_nothing(ClockLevel from, ClockLevel to)
    {
        var change = new LevelChange(from, to);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(change.Raises, Is.True);
            Assert.That(Enum.GetValues<ClockLevel>().Any(change.Withdraws), Is.False);
        }
    }

    [Test]
    public void A_drop_back_to_normal_withdraws_every_alert_and_raises_none()
    {
        var change = new LevelChange(ClockLevel.Urgent, ClockLevel.Normal);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(change.Raises, Is.False);
            Assert.That(new[] { ClockLevel.Warning, ClockLevel.Urgent }.All(change.Withdraws), Is.True);
        }
    }

    [Test]
    public void A_drop_from_urgent_to_warning_withdraws_only_the_urgent_alerts()
    {
        var change = new LevelChange(ClockLevel.Urgent, ClockLevel.Warning);
        Assert.That(Enum.GetValues<ClockLevel>().Where(change.Withdraws), Is.EqualTo(new[] { ClockLevel.Urgent, ClockLevel.Overdue }));
    }

    [Test]
    public void The_feedback_deadline_counts_working_days_on_the_clock_calendar()
    {
        // Raised Thu 30 Apr 2025 at 16:00: May Day runs 1–5 May, Sun 27 Apr was the make-up day; 6, 7, 8 May count.
        var now = new DateTimeOffset(2025, 4, 30, 16, 0, 0, TimeSpan.FromHours(8));
        var alert = new LevelChange(ClockLevel.Normal, ClockLevel.Warning).Raise("c1", "case", "CASE-1", now, BuiltInCalendars.China(), 3);
        Assert.That(alert.FeedbackDueAt, Is.EqualTo(new DateTimeOffset(2025, 5, 8, 17, 30, 0, TimeSpan.FromHours(8))));
    }

    [Test]
    public void A_fall_raises_no_alert()
    {
        Assert.That(() => new LevelChange(ClockLevel.Warning, ClockLevel.Normal).Raise("c1", "case", "CASE-1", DateTimeOffset.UnixEpoch, BuiltInCalendars.China(), 3),
            Throws.InvalidOperationException);
    }
}
