using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class ClockExtensionTests
{
    [Test]
    public void An_extension_moves_the_committed_due_date_but_not_the_statutory_one()
    {
        // Accepted Fri 7 Mar, 5 of 20 days committed; +3 makes 8: Mar 10–14 (5), 17, 18, 19 (8).
        var clock = Clocks.Accepted("2025-03-07 10:00", "5d", "20d");
        var extended = clock.Extend(WorkingDuration.Days(3), "科长 李", "现场核查需要", At("2025-03-10 10:00"));
        var status = clock.StatusAt(At("2025-03-10 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(extended, Is.EqualTo(new ClockEvent(ClockEventKind.Extended, At("2025-03-10 10:00"), "科长 李", "现场核查需要") { Duration = WorkingDuration.Days(3) }));
            Assert.That(status.CommittedLimit, Is.EqualTo(WorkingDuration.Days(8)));
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-03-19")));
            Assert.That(status.StatutoryDueDate, Is.EqualTo(Day("2025-04-07")));
        }
    }

    [Test]
    public void An_extension_flagged_as_statutory_moves_both_due_dates()
    {
        // Art. 42: 20 days, plus 10 with the head's approval. 30 working days from Fri 7 Mar 2025 is Mon 21 Apr
        // (Fri 4 Apr is 清明节).
        var clock = Clocks.Accepted("2025-03-07 10:00", "20d", "20d");
        clock.Extend(WorkingDuration.Days(10), "局长 张", "情况复杂", At("2025-03-20 10:00"), alsoStatutory: true);
        var status = clock.StatusAt(At("2025-03-20 10:00"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.CommittedDueDate, Is.EqualTo(Day("2025-04-21")));
            Assert.That(status.StatutoryDueDate, Is.EqualTo(Day("2025-04-21")));
            Assert.That(status.StatutoryLimit, Is.EqualTo(WorkingDuration.Days(30)));
        }
    }

    [Test]
    public void An_extension_beyond_the_statutory_limit_must_say_it_extends_that_limit()
    {
        var clock = Clocks.Accepted("2025-03-07 10:00", "20d", "20d");
        Assert.That(() => clock.Extend(WorkingDuration.Days(1), "科长 李", "补充", At("2025-03-10 10:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("statutory"));
    }

    [Test]
    public void An_extension_of_zero_is_refused_and_a_negative_one_cannot_be_written()
    {
        var clock = Clocks.Accepted("2025-03-07 10:00", "5d", "20d");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => clock.Extend(WorkingDuration.Zero, "科长 李", "无", At("2025-03-10 10:00")), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => WorkingDuration.Parse("-2d"), Throws.TypeOf<FormatException>());
        }
    }

    [Test]
    public void An_extension_granted_after_the_deadline_passed_is_refused()
    {
        // Due Fri 14 Mar; an extension on Mon 17 would erase a lateness already incurred.
        var clock = Clocks.Accepted("2025-03-07 10:00", "5d", "20d");
        Assert.That(() => clock.Extend(WorkingDuration.Days(3), "科长 李", "补批", At("2025-03-17 10:00")),
            Throws.TypeOf<ClockOperationException>().With.Message.Contains("has passed"));
    }

    [Test]
    public void An_extension_in_hours_of_a_limit_in_days_is_refused()
    {
        var clock = Clocks.Accepted("2025-03-07 10:00", "5d", "20d");
        Assert.That(() => clock.Extend(WorkingDuration.Hours(2), "科长 李", "补充", At("2025-03-10 10:00")), Throws.ArgumentException);
    }
}
