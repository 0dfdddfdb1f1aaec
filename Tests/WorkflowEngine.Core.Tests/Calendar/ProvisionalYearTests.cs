using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Until the State Council publishes a year's arrangement, the year is answered from the statute and marked provisional; no count stops.</summary>
public class ProvisionalYearTests
{
    [Test]
    public void A_year_without_its_holiday_table_is_answered_from_the_statute()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(China.IsWorkingDay(Day("2027-01-01")), Is.False, "元旦");
            Assert.That(China.IsWorkingDay(Day("2027-02-05")), Is.False, "除夕");
            Assert.That(China.IsWorkingDay(Day("2027-02-10")), Is.False, "春节补假");
            Assert.That(China.IsWorkingDay(Day("2027-02-11")), Is.True);
            Assert.That(China.FindSpecialDay(Day("2027-02-09")), Is.EqualTo(new SpecialDay(Day("2027-02-09"), SpecialDayKind.Off, "春节补假")));
            Assert.That(China.WorkingDaysInYear(2027), Is.EqualTo(248));
        }
    }

    [Test]
    public void A_provisional_year_has_no_make_up_working_weekends()
    {
        // Official notices usually work a weekend next to 春节; the statute does not say which, so none is guessed.
        var weekendsWorked = Enumerable.Range(0, 365).Select(i => Day("2027-01-01").AddDays(i))
            .Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && China.IsWorkingDay(d));
        Assert.That(weekendsWorked, Is.Empty);
    }

    [Test]
    public void Only_years_nothing_in_the_chain_loaded_are_provisional()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(China.IsYearProvisional(2026), Is.False);
            Assert.That(China.IsYearProvisional(2027), Is.True);
            Assert.That(China.IsYearProvisional(2024), Is.True);
            Assert.That(China.IsProvisionalBetween(Day("2025-01-01"), Day("2026-12-31")), Is.False);
            Assert.That(China.IsProvisionalBetween(Day("2026-12-08"), Day("2027-01-05")), Is.True);
            Assert.That(China.IsProvisionalBetween(Day("2027-01-05"), Day("2026-12-08")), Is.True, "either order");
            Assert.That(China.IsProvisionalBetween(Day("2024-12-31"), Day("2025-01-02")), Is.True);
        }
    }

    [Test]
    public void A_due_date_counted_from_7_December_2026_runs_into_2027_and_skips_New_Year()
    {
        // Mon 7 Dec 2026: 8–11 (4), 14–18 (9), 21–25 (14), 28–31 (18); Fri 1 Jan 2027 is 元旦; Mon 4 (19), Tue 5 Jan (20).
        var due = China.AddWorkingDays(Day("2026-12-07"), 20);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(due, Is.EqualTo(Day("2027-01-05")));
            Assert.That(China.WorkingDaysBetween(Day("2026-12-07"), due), Is.EqualTo(20));
            Assert.That(China.IsProvisionalBetween(Day("2026-12-08"), due), Is.True);
        }
    }

    [Test]
    public void A_due_date_across_Spring_Festival_2027_skips_the_festival_and_its_make_ups()
    {
        // Thu 4 Feb 2027: 5–10 Feb off (除夕 to 初三 and two 补假), Thu 11 (1), Fri 12 (2), Mon 15 (3).
        Assert.That(China.AddWorkingDays(Day("2027-02-04"), 3), Is.EqualTo(Day("2027-02-15")));
    }

    [Test]
    public void A_year_before_the_table_is_provisional_too()
    {
        // 2024 under the 2013 revision has nothing in December: 22 weekdays from 2 to 31 Dec 2024, then 2025 official: 2–3 and 6–10 Jan.
        Assert.That(China.WorkingDaysBetween(Day("2024-12-01"), Day("2025-01-10")), Is.EqualTo(29));
    }

    [Test]
    public void A_count_that_stays_inside_loaded_years_does_not_touch_the_start_year()
    {
        // Only the days after the start are counted, so starting on 31 Dec 2024 needs nothing from 2024.
        Assert.That(China.AddWorkingDays(Day("2024-12-31"), 1), Is.EqualTo(Day("2025-01-02")));
    }

    [Test]
    public void A_calendar_configured_for_plain_weekends_answers_for_any_year_and_is_never_provisional()
    {
        var plain = new WorkingCalendar("plain", "Weekends only", treatUnloadedYearsAsPlainWeekends: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.IsWorkingDay(Day("2027-02-08")), Is.True);
            Assert.That(plain.WorkingDaysInYear(2027), Is.EqualTo(261));
            Assert.That(plain.IsYearProvisional(2027), Is.False);
            Assert.That(plain.FindSpecialDay(Day("2027-01-01")), Is.Null);
        }
    }

    [Test]
    public void A_year_loaded_officially_replaces_the_provisional_days_without_changing_the_old_calendar()
    {
        // A made-up notice: 春节 8 days from 5 to 12 February, Sat 20 February worked.
        var official = Enumerable.Range(0, 8).Select(i => new SpecialDay(Day("2027-02-05").AddDays(i), SpecialDayKind.Off, "春节"))
            .Append(new SpecialDay(Day("2027-02-20"), SpecialDayKind.Work, "春节调休"));
        var withNextYear = China.WithYear(2027, official);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(withNextYear.IsYearProvisional(2027), Is.False);
            Assert.That(withNextYear.IsWorkingDay(Day("2027-02-12")), Is.False, "the notice's bridge day");
            Assert.That(withNextYear.IsWorkingDay(Day("2027-02-20")), Is.True, "the notice's make-up weekend");
            Assert.That(withNextYear.IsWorkingDay(Day("2027-01-01")), Is.True, "only the loaded rows count: this notice left out 元旦");
            Assert.That(withNextYear.FindSpecialDay(Day("2027-02-10"))?.Name, Is.EqualTo("春节"), "not 春节补假");
            Assert.That(China.IsYearProvisional(2027), Is.True);
            Assert.That(China.IsWorkingDay(Day("2027-02-12")), Is.True, "the old calendar is still provisional");
        }
    }

    [Test]
    public void Reimporting_a_year_replaces_all_of_its_special_days()
    {
        var corrected = China.WithYear(2025, [new SpecialDay(Day("2025-01-01"), SpecialDayKind.Off, "元旦")]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(corrected.IsWorkingDay(Day("2025-10-01")), Is.True, "the old National Day row is gone");
            Assert.That(corrected.IsWorkingDay(Day("2026-10-01")), Is.False, "other years are kept");
        }
    }

    [Test]
    public void Rows_of_another_year_are_refused_on_import()
    {
        Assert.That(() => China.WithYear(2027, [new SpecialDay(Day("2028-01-01"), SpecialDayKind.Off, "元旦")]), Throws.ArgumentException.With.Message.Contains("2028-01-01"));
    }
}
