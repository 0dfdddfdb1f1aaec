using WorkflowEngine.Calendar;

namespace WorkflowEngine.Tests.Calendar;

public class WorkingHoursTests
{
    [Test]
    public void The_standard_day_is_seven_hours_with_a_lunch_break()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(WorkingHours.Standard.PerDay, Is.EqualTo(TimeSpan.FromHours(7)));
            Assert.That(WorkingHours.Standard.ToString(), Is.EqualTo("09:00–12:00, 13:30–17:30"));
        }
    }

    [Test]
    public void Overlapping_periods_are_refused()
    {
        Assert.That(
            () => new WorkingHours(new WorkingPeriod(new TimeOnly(9, 0), new TimeOnly(12, 0)), new WorkingPeriod(new TimeOnly(11, 0), new TimeOnly(14, 0))),
            Throws.ArgumentException.With.Message.Contains("overlap"));
    }

    [Test]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        Assert.That(() => new WorkingPeriod(new TimeOnly(12, 0), new TimeOnly(9, 0)), Throws.ArgumentException);
    }

    [Test]
    public void A_calendar_with_no_working_weekday_is_refused()
    {
        Assert.That(() => new WorkingCalendar("none", "none", weekendDays: Enum.GetValues<DayOfWeek>()), Throws.ArgumentException);
    }
}
