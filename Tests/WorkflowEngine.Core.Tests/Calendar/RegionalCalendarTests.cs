using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class RegionalCalendarTests
{
    // A fictitious local arrangement: the service centre also closes on Monday 10 March 2025.
    private static WorkingCalendar Shanghai() =>
        new WorkingCalendar("cn-sh", "上海", parent: China)
            .WithSpecialDays(new SpecialDay(Day("2025-03-10"), SpecialDayKind.Off, "本地休息日"));

    [Test]
    public void A_regional_calendar_overrides_one_day_and_inherits_the_rest()
    {
        var shanghai = Shanghai();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shanghai.IsWorkingDay(Day("2025-03-10")), Is.False);
            Assert.That(China.IsWorkingDay(Day("2025-03-10")), Is.True);
            Assert.That(shanghai.IsWorkingDay(Day("2025-10-01")), Is.False, "national holiday inherited");
            Assert.That(shanghai.IsWorkingDay(Day("2025-10-11")), Is.True, "national make-up day inherited");
            Assert.That(shanghai.WorkingDaysInYear(2025), Is.EqualTo(247));
        }
    }

    [Test]
    public void A_regional_due_date_skips_the_local_day_off()
    {
        // Accepted Fri 7 Mar 2025: Mon 10 is off in this region, so Tue 11 is the first working day.
        Assert.That(Shanghai().AddWorkingDays(Day("2025-03-07"), 1), Is.EqualTo(Day("2025-03-11")));
    }

    [Test]
    public void A_regional_calendar_inherits_hours_zone_and_loaded_years()
    {
        var shanghai = Shanghai();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shanghai.WorkingHours, Is.SameAs(China.WorkingHours));
            Assert.That(shanghai.TimeZone, Is.SameAs(China.TimeZone));
            Assert.That(shanghai.CoveredYears, Is.EqualTo(new[] { 2025, 2026 }));
            Assert.That(shanghai.IsYearProvisional(2027), Is.True, "the parent has not loaded 2027");
        }
    }

    [Test]
    public void A_regional_calendar_overrides_the_parents_provisional_days()
    {
        // The region works its 春节补假 of Wed 10 Feb 2027 and closes on Thu 11 Feb; the rest of the statute comes from cn.
        var region = new WorkingCalendar("cn-x", "某地", parent: China).WithSpecialDays(
            new SpecialDay(Day("2027-02-10"), SpecialDayKind.Work, "本地上班"),
            new SpecialDay(Day("2027-02-11"), SpecialDayKind.Off, "本地休息日"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(region.IsWorkingDay(Day("2027-02-09")), Is.False, "春节补假 inherited");
            Assert.That(region.IsWorkingDay(Day("2027-02-10")), Is.True);
            Assert.That(region.IsWorkingDay(Day("2027-02-11")), Is.False);
            Assert.That(region.WorkingDaysInYear(2027), Is.EqualTo(248));
            Assert.That(region.IsYearProvisional(2027), Is.True);
        }
    }

    [Test]
    public void A_regional_calendar_may_keep_its_own_working_hours()
    {
        var morningsOnly = new WorkingCalendar("cn-x", "Mornings", parent: China,
            workingHours: new WorkingHours(new WorkingPeriod(new TimeOnly(8, 30), new TimeOnly(12, 0))));
        // 3.5 h a day: half a day from 08:30 ends at 10:15.
        Assert.That(morningsOnly.AddWorkingTime(At("2025-03-12 08:30"), WorkingDuration.Days(0.5m)), Is.EqualTo(At("2025-03-12 10:15")));
    }
}
