using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class OfficialTableTests
{
    private static IEnumerable<SpecialDay> OfficialRows() => BuiltInCalendars.ChinaHolidayTable().Rows;

    [TestCase(2025)]
    [TestCase(2026)]
    public void China_has_248_working_days_in_each_published_year(int year)
    {
        Assert.That(China.WorkingDaysInYear(year), Is.EqualTo(248));
    }

    [TestCaseSource(nameof(OfficialRows))]
    public void Every_official_row_decides_whether_its_day_is_worked(SpecialDay row)
    {
        Assert.That(China.IsWorkingDay(row.Date), Is.EqualTo(row.Kind == SpecialDayKind.Work), $"{row.Date:yyyy-MM-dd} {row.Name}");
    }

    [Test]
    public void The_embedded_table_is_complete_and_loaded_for_2025_and_2026()
    {
        var table = BuiltInCalendars.ChinaHolidayTable();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Rows, Has.Count.EqualTo(72));
            Assert.That(table.Rows.Count(r => r.Kind == SpecialDayKind.Work), Is.EqualTo(11));
            Assert.That(China.CoveredYears, Is.EqualTo(new[] { 2025, 2026 }));
            Assert.That(China.Id, Is.EqualTo("cn"));
        }
    }

    [TestCase("2025-01-26", "春节调休")]
    [TestCase("2025-10-01", "国庆节、中秋节")]
    [TestCase("2026-02-14", "春节调休")]
    public void A_special_day_keeps_its_official_name(string date, string name)
    {
        Assert.That(China.FindSpecialDay(Day(date))?.Name, Is.EqualTo(name));
    }

    [TestCase("2025-03-12", true, Description = "an ordinary Wednesday")]
    [TestCase("2025-03-15", false, Description = "an ordinary Saturday")]
    [TestCase("2026-07-05", false, Description = "an ordinary Sunday")]
    public void Days_not_in_the_table_follow_the_weekly_rule(string date, bool working)
    {
        Assert.That(China.IsWorkingDay(Day(date)), Is.EqualTo(working));
    }
}
