using WorkflowEngine.Calendar;

namespace WorkflowEngine.Tests.Calendar;

public class WorkingDurationTests
{
    [TestCase("3d", 3, WorkingDurationUnit.Days)]
    [TestCase("0.5d", 0.5, WorkingDurationUnit.Days)]
    [TestCase("2h", 2, WorkingDurationUnit.Hours)]
    [TestCase("90m", 90, WorkingDurationUnit.Minutes)]
    [TestCase(" 20D ", 20, WorkingDurationUnit.Days)]
    public void A_duration_is_read_from_its_short_form(string text, decimal value, WorkingDurationUnit unit)
    {
        var duration = WorkingDuration.Parse(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(duration.Value, Is.EqualTo(value));
            Assert.That(duration.Unit, Is.EqualTo(unit));
        }
    }

    [TestCase("3d")]
    [TestCase("0.5d")]
    [TestCase("2h")]
    [TestCase("1.5h")]
    [TestCase("90m")]
    public void A_duration_is_written_back_in_the_form_it_was_read(string text)
    {
        Assert.That(WorkingDuration.Parse(text).ToString(), Is.EqualTo(text));
    }

    [TestCase("")]
    [TestCase("3")]
    [TestCase("d")]
    [TestCase("3w")]
    [TestCase("-1d")]
    [TestCase("1,5d")]
    public void A_malformed_duration_is_refused_with_the_expected_form(string text)
    {
        Assert.That(() => WorkingDuration.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("3d, 0.5d, 2h or 90m"));
    }

    [Test]
    public void A_negative_duration_cannot_be_made()
    {
        Assert.That(() => WorkingDuration.Days(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase("5d", true)]
    [TestCase("0d", true)]
    [TestCase("0.5d", false)]
    [TestCase("7h", false)]
    public void Only_whole_days_are_counted_as_dates(string text, bool wholeDays)
    {
        Assert.That(WorkingDuration.Parse(text).IsWholeDays, Is.EqualTo(wholeDays));
    }

    [Test]
    public void Half_a_day_is_half_of_the_calendars_working_hours()
    {
        Assert.That(WorkingDuration.Days(0.5m).ToWorkingTime(TimeSpan.FromHours(7)), Is.EqualTo(TimeSpan.FromHours(3.5)));
    }

    [Test]
    public void Days_add_to_days_and_hours_to_minutes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(WorkingDuration.Days(5).Plus(WorkingDuration.Days(3)), Is.EqualTo(WorkingDuration.Days(8)));
            Assert.That(WorkingDuration.Hours(2).Plus(WorkingDuration.Minutes(30)), Is.EqualTo(WorkingDuration.Minutes(150)));
            Assert.That(() => WorkingDuration.Days(1).Plus(WorkingDuration.Hours(2)), Throws.ArgumentException);
        }
    }
}
