using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class WorkingDaysBetweenTests
{
    [Test]
    public void Counting_back_from_any_due_date_gives_the_days_added()
    {
        var random = new Random(20250124);
        var first = Day("2025-01-01");
        for (var i = 0; i < 2000; i++)
        {
            var start = first.AddDays(random.Next(0, 450));
            var n = random.Next(0, 120);
            var due = China.AddWorkingDays(start, n);
            Assert.That(China.WorkingDaysBetween(start, due), Is.EqualTo(n), $"{start:yyyy-MM-dd} + {n} = {due:yyyy-MM-dd}");
        }
    }

    [Test]
    public void Counting_from_a_later_date_to_an_earlier_one_is_negative()
    {
        var start = Day("2025-01-24");
        var due = China.AddWorkingDays(start, 5);
        Assert.That(China.WorkingDaysBetween(due, start), Is.EqualTo(-5));
    }

    [Test]
    public void The_same_day_is_zero_working_days_apart()
    {
        Assert.That(China.WorkingDaysBetween(Day("2025-05-06"), Day("2025-05-06")), Is.Zero);
    }

    [Test]
    public void The_end_date_counts_and_the_start_date_does_not()
    {
        // (Fri 7 Mar, Mon 10 Mar]: Sat and Sun off, Mon counts; Fri does not.
        Assert.That(China.WorkingDaysBetween(Day("2025-03-07"), Day("2025-03-10")), Is.EqualTo(1));
    }

    [Test]
    public void The_whole_National_Day_week_2025_has_no_working_day()
    {
        Assert.That(China.WorkingDaysBetween(Day("2025-09-30"), Day("2025-10-08")), Is.Zero);
    }

    [Test]
    public void Counting_across_the_new_year_adds_both_years()
    {
        // 248 working days of 2026, counted from 31 Dec 2025 to 31 Dec 2026.
        Assert.That(China.WorkingDaysBetween(Day("2025-12-31"), Day("2026-12-31")), Is.EqualTo(248));
    }
}
