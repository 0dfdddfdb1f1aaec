using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Until the State Council publishes a year's arrangement, its dates cannot be trusted, so they are not guessed.</summary>
public class UnloadedYearTests
{
    [Test]
    public void Asking_about_a_year_without_its_holiday_table_names_the_calendar_and_the_year()
    {
        var error = Assert.Throws<CalendarYearNotLoadedException>(() => China.IsWorkingDay(Day("2027-02-08")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.CalendarId, Is.EqualTo("cn"));
            Assert.That(error.Year, Is.EqualTo(2027));
            Assert.That(error.Message, Does.Contain("'cn'").And.Contain("2027").And.Contain("import"));
        }
    }

    [Test]
    public void A_due_date_running_into_an_unloaded_year_is_refused_not_guessed()
    {
        // 20 working days after 20 Dec 2026 lands in January 2027, whose New Year arrangement is unknown.
        Assert.That(() => China.AddWorkingDays(Day("2026-12-20"), 20), Throws.TypeOf<CalendarYearNotLoadedException>().With.Property("Year").EqualTo(2027));
    }

    [Test]
    public void A_year_before_the_table_is_refused_too()
    {
        Assert.That(() => China.WorkingDaysBetween(Day("2024-12-01"), Day("2025-01-10")), Throws.TypeOf<CalendarYearNotLoadedException>().With.Property("Year").EqualTo(2024));
    }

    [Test]
    public void A_count_that_stays_inside_loaded_years_does_not_touch_the_start_year()
    {
        // Only the days after the start are counted, so starting on 31 Dec 2024 needs nothing from 2024.
        Assert.That(China.AddWorkingDays(Day("2024-12-31"), 1), Is.EqualTo(Day("2025-01-02")));
    }

    [Test]
    public void A_calendar_configured_for_plain_weekends_answers_for_any_year()
    {
        var plain = new WorkingCalendar("plain", "Weekends only", treatUnloadedYearsAsPlainWeekends: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.IsWorkingDay(Day("2027-02-08")), Is.True);
            Assert.That(plain.WorkingDaysInYear(2027), Is.EqualTo(261));
        }
    }

    [Test]
    public void Importing_the_next_year_makes_it_answerable_without_changing_the_old_calendar()
    {
        var springFestival2027 = new SpecialDay(Day("2027-02-08"), SpecialDayKind.Off, "春节");
        var withNextYear = China.WithYear(2027, [springFestival2027]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(withNextYear.IsWorkingDay(Day("2027-02-08")), Is.False);
            Assert.That(withNextYear.IsWorkingDay(Day("2027-02-09")), Is.True);
            Assert.That(() => China.IsWorkingDay(Day("2027-02-08")), Throws.TypeOf<CalendarYearNotLoadedException>());
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
