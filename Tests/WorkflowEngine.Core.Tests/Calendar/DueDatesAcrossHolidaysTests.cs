using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Due dates worked out by hand, day by day, around the holidays where departments most often dispute them.</summary>
public class DueDatesAcrossHolidaysTests
{
    // Accepted Fri 24 Jan 2025. Sat 25 off; Sun 26 make-up day (1); Mon 27 (2); 28 Jan–4 Feb Spring Festival off;
    // Wed 5 Feb (3); Thu 6 (4); Fri 7 (5).
    [TestCase("2025-01-24", 5, "2025-02-07", TestName = "Spring Festival 2025: accepted 24 Jan + 5 is 7 Feb")]
    // Sun 26 Jan is a make-up working day, so it is the first day counted.
    [TestCase("2025-01-24", 1, "2025-01-26", TestName = "Spring Festival 2025: the make-up Sunday counts")]
    // Fri 7 Feb (5), Sat 8 Feb make-up day (6).
    [TestCase("2025-01-24", 6, "2025-02-08", TestName = "Spring Festival 2025: the make-up Saturday after the holiday counts")]
    // Accepted Tue 30 Sep 2025. 1–8 Oct National Day and Mid-Autumn off; Thu 9 (1); Fri 10 (2); Sat 11 make-up day (3).
    [TestCase("2025-09-30", 3, "2025-10-11", TestName = "National Day 2025: accepted 30 Sep + 3 is the make-up Saturday 11 Oct")]
    // Accepted Fri 26 Sep 2025. Sat 27 off; Sun 28 make-up day (1); Mon 29 (2).
    [TestCase("2025-09-26", 2, "2025-09-29", TestName = "National Day 2025: the make-up Sunday before the holiday counts")]
    // Accepted Fri 13 Feb 2026. Sat 14 is a make-up working day (1).
    [TestCase("2026-02-13", 1, "2026-02-14", TestName = "Spring Festival 2026: accepted 13 Feb + 1 is the make-up Saturday")]
    // Sat 14 (1); 15–23 Feb Spring Festival off; Tue 24 (2).
    [TestCase("2026-02-13", 2, "2026-02-24", TestName = "Spring Festival 2026: accepted 13 Feb + 2 jumps the nine-day holiday")]
    // Accepted Fri 27 Feb 2026. Sat 28 Feb is a make-up working day (1).
    [TestCase("2026-02-27", 1, "2026-02-28", TestName = "Spring Festival 2026: the make-up Saturday after the holiday counts")]
    // Accepted Fri 18 Sep 2026. Sat 19 off; Sun 20 make-up day (1).
    [TestCase("2026-09-18", 1, "2026-09-20", TestName = "National Day 2026: the make-up Sunday in September counts")]
    // Accepted Thu 24 Sep 2026. 25–27 Sep Mid-Autumn off (Fri to Sun); Mon 28 (1).
    [TestCase("2026-09-24", 1, "2026-09-28", TestName = "Mid-Autumn 2026: accepted 24 Sep + 1 is Monday 28 Sep")]
    // Accepted Wed 30 Sep 2026. 1–7 Oct off; Thu 8 (1).
    [TestCase("2026-09-30", 1, "2026-10-08", TestName = "National Day 2026: accepted 30 Sep + 1 is 8 Oct")]
    // Thu 8 (1); Fri 9 (2); Sat 10 make-up day (3).
    [TestCase("2026-09-30", 3, "2026-10-10", TestName = "National Day 2026: accepted 30 Sep + 3 is the make-up Saturday 10 Oct")]
    // Accepted Wed 31 Dec 2025. 1–3 Jan 2026 New Year off; Sun 4 Jan make-up day (1).
    [TestCase("2025-12-31", 1, "2026-01-04", TestName = "New Year 2026: accepted 31 Dec + 1 is the make-up Sunday 4 Jan")]
    // Accepted Thu 30 Apr 2026. 1–5 May off; Wed 6 (1); Thu 7 (2); Fri 8 (3); Sat 9 make-up day (4); Mon 11 (5).
    [TestCase("2026-04-30", 5, "2026-05-11", TestName = "Labour Day 2026: accepted 30 Apr + 5 is 11 May")]
    public void Due_date_counts_only_official_working_days(string accepted, int days, string due)
    {
        Assert.That(China.AddWorkingDays(Day(accepted), days), Is.EqualTo(Day(due)));
    }

    [Test]
    public void The_acceptance_day_itself_never_counts()
    {
        // Mon 10 Mar 2025 is a working day, yet one working day after it is Tue 11 Mar.
        Assert.That(China.AddWorkingDays(Day("2025-03-10"), 1), Is.EqualTo(Day("2025-03-11")));
    }

    [Test]
    public void Zero_working_days_is_the_start_day_even_on_a_holiday()
    {
        Assert.That(China.AddWorkingDays(Day("2025-10-03"), 0), Is.EqualTo(Day("2025-10-03")));
    }

    [Test]
    public void A_negative_number_of_working_days_is_refused()
    {
        Assert.That(() => China.AddWorkingDays(Day("2025-03-10"), -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_whole_2026_Spring_Festival_is_off_and_its_make_up_days_are_worked()
    {
        var festival = Enumerable.Range(0, 9).Select(i => Day("2026-02-15").AddDays(i));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(festival.Where(China.IsWorkingDay), Is.Empty);
            Assert.That(China.IsWorkingDay(Day("2026-02-14")), Is.True);
            Assert.That(China.IsWorkingDay(Day("2026-02-28")), Is.True);
        }
    }
}
