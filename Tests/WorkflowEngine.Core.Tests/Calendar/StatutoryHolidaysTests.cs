using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>What 《全国年节及纪念日放假办法》 alone says about a year, checked against the lunar calendar and the official notices.</summary>
public class StatutoryHolidaysTests
{
    private static Dictionary<DateOnly, string> Days(int year) => StatutoryHolidays.Of(year).ToDictionary(d => d.Date, d => d.Name);

    [Test]
    public void The_2027_holidays_follow_the_statute_and_the_lunar_calendar()
    {
        var days = Days(2027);
        Assert.That(days, Is.EqualTo(new Dictionary<DateOnly, string>
        {
            [Day("2027-01-01")] = "元旦",
            [Day("2027-02-05")] = "春节", // 除夕
            [Day("2027-02-06")] = "春节", // 正月初一, a Saturday
            [Day("2027-02-07")] = "春节", // a Sunday
            [Day("2027-02-08")] = "春节",
            [Day("2027-02-09")] = "春节补假",
            [Day("2027-02-10")] = "春节补假",
            [Day("2027-04-05")] = "清明节",
            [Day("2027-05-01")] = "劳动节", // a Saturday
            [Day("2027-05-02")] = "劳动节", // a Sunday
            [Day("2027-05-03")] = "劳动节补假",
            [Day("2027-05-04")] = "劳动节补假",
            [Day("2027-06-09")] = "端午节",
            [Day("2027-09-15")] = "中秋节",
            [Day("2027-10-01")] = "国庆节",
            [Day("2027-10-02")] = "国庆节",
            [Day("2027-10-03")] = "国庆节",
            [Day("2027-10-04")] = "国庆节补假",
            [Day("2027-10-05")] = "国庆节补假",
        }));
    }

    [Test]
    public void Every_day_is_a_day_off()
    {
        Assert.That(StatutoryHolidays.Of(2027).Select(d => d.Kind), Is.All.EqualTo(SpecialDayKind.Off));
    }

    [Test]
    public void A_statutory_holiday_on_a_Saturday_is_made_up_on_the_next_working_day()
    {
        // 端午 2025 is Saturday 31 May: Sunday is a weekend day, so Monday 2 June.
        var days = Days(2025);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days[Day("2025-05-31")], Is.EqualTo("端午节"));
            Assert.That(days[Day("2025-06-02")], Is.EqualTo("端午节补假"));
            Assert.That(days.ContainsKey(Day("2025-06-01")), Is.False);
        }
    }

    [Test]
    public void A_statutory_holiday_on_a_Sunday_is_made_up_on_the_Monday()
    {
        var days = Days(2028);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days[Day("2028-05-28")], Is.EqualTo("端午节"));
            Assert.That(days[Day("2028-05-29")], Is.EqualTo("端午节补假"));
        }
    }

    [Test]
    public void A_run_of_holidays_over_a_weekend_is_made_up_after_the_run()
    {
        // 春节 2027 is Fri 5 to Mon 8 February: the Saturday and Sunday are made up on Tue 9 and Wed 10, not on Monday.
        var makeUps = StatutoryHolidays.Of(2027).Where(d => d.Name == "春节补假").Select(d => d.Date);
        Assert.That(makeUps, Is.EqualTo(new[] { Day("2027-02-09"), Day("2027-02-10") }));
    }

    [Test]
    public void A_holiday_on_a_weekday_has_no_make_up()
    {
        Assert.That(Days(2027).Keys.Where(d => d.Month == 6), Is.EqualTo(new[] { Day("2027-06-09") }));
    }

    [TestCase(2023, "2023-06-22", "2023-09-29", TestName = "A_leap_second_month_moves_later_months_up_one_index (2023)")]
    [TestCase(2025, "2025-05-31", "2025-10-06", TestName = "A_leap_sixth_month_comes_between_Duanwu_and_Mid_Autumn (2025)")]
    [TestCase(2028, "2028-05-28", "2028-10-03", TestName = "In_a_year_with_a_leap_fifth_month_Duanwu_is_in_the_ordinary_one (2028)")]
    public void Lunar_holidays_in_a_year_with_a_leap_month_fall_on_the_ordinary_month(int year, string duanwu, string midAutumn)
    {
        var days = Days(year);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days[Day(duanwu)], Is.EqualTo("端午节"));
            Assert.That(days[Day(midAutumn)], Does.Contain("中秋节"));
        }
    }

    [Test]
    public void Mid_Autumn_on_National_Day_is_one_day_with_both_names()
    {
        // 2028: 中秋 is Tue 3 October; Sun 1 October is made up on Wed 4 October, and no day is added for the overlap.
        var days = Days(2028);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days[Day("2028-10-03")], Is.EqualTo("国庆节、中秋节"));
            Assert.That(days[Day("2028-10-04")], Is.EqualTo("国庆节补假"));
            Assert.That(days.ContainsKey(Day("2028-10-05")), Is.False);
        }
    }

    [TestCase(2016, 4)]
    [TestCase(2018, 5)]
    [TestCase(2019, 5)]
    [TestCase(2020, 4)]
    [TestCase(2021, 4)]
    [TestCase(2022, 5)]
    [TestCase(2023, 5)]
    [TestCase(2024, 4)]
    [TestCase(2025, 4)]
    [TestCase(2026, 5)]
    [TestCase(2027, 5)]
    [TestCase(2028, 4)]
    [TestCase(2029, 4)]
    [TestCase(2030, 5)]
    [TestCase(2100, 5)]
    public void Qingming_is_the_day_of_the_solar_term(int year, int aprilDay)
    {
        // 2100 is not a leap year, which the plain ⌊Y/4⌋ rule would miss by a day.
        Assert.That(ChineseDates.Qingming(year), Is.EqualTo(new DateOnly(year, 4, aprilDay)));
    }

    [Test]
    public void Thirteen_weekdays_are_off_once_weekend_holidays_are_made_up()
    {
        // 2027 has 261 weekdays; the 13 statutory days all fall on or are made up on weekdays: 248, as in 2025 and 2026.
        var weekdaysOff = StatutoryHolidays.Of(2027).Count(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.That(weekdaysOff, Is.EqualTo(13));
    }

    [TestCase(2025)]
    [TestCase(2026)]
    public void Every_statutory_day_and_make_up_is_off_in_the_official_table(int year)
    {
        // The official notices add bridge days and make-up working weekends the statute cannot predict, but never work a statutory day.
        var worked = StatutoryHolidays.Of(year).Where(d => China.IsWorkingDay(d.Date)).Select(d => $"{d.Date} {d.Name}");
        Assert.That(worked, Is.Empty);
    }

    [Test]
    public void Years_before_2025_follow_the_2013_revision()
    {
        // 2024: 春节 正月初一 to 初三 (10–12 February), 除夕 not a holiday; 劳动节 1 May only.
        var days = Days(2024);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days.ContainsKey(Day("2024-02-09")), Is.False, "除夕");
            Assert.That(days[Day("2024-02-10")], Is.EqualTo("春节"));
            Assert.That(days.ContainsKey(Day("2024-05-02")), Is.False);
            Assert.That(days.Values.Count(n => !n.EndsWith("补假", StringComparison.Ordinal)), Is.EqualTo(11));
        }
    }

    [Test]
    public void A_year_beyond_the_lunar_tables_still_has_its_solar_holidays()
    {
        // .NET's lunar calendar ends with 2100; a count that long still gets an answer, without the lunar days.
        var names = Days(2101).Values.ToHashSet();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.SupersetOf(new[] { "元旦", "清明节", "劳动节", "国庆节" }));
            Assert.That(names, Has.None.Contains("春节").And.None.Contains("端午").And.None.Contains("中秋"));
        }
    }
}
