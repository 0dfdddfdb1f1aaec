using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>What an administrator sees when importing a holiday table.</summary>
public class HolidayTableCsvTests
{
    private static HolidayTable Parse(params string[] lines) => HolidayTableCsv.Parse(new StringReader(string.Join("\n", lines)));

    [Test]
    public void The_official_file_reads_without_errors()
    {
        using var stream = typeof(BuiltInCalendars).Assembly.GetManifestResourceStream(BuiltInCalendars.ChinaTableResource);
        Assert.That(stream, Is.Not.Null, "the official table is embedded");
        using var reader = new StreamReader(stream!);
        var table = HolidayTableCsv.Parse(reader);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Errors, Is.Empty);
            Assert.That(table.Warnings, Is.Not.Empty, "the official blocks include weekend days");
            Assert.That(table.Rows, Has.Count.EqualTo(72));
            Assert.That(table.Years, Is.EqualTo(new[] { 2025, 2026 }));
        }
    }

    [Test]
    public void Comments_blank_lines_and_commas_inside_names_are_accepted()
    {
        var table = Parse("# a comment", "", "date,kind,name", "2025-10-01,off,国庆节,中秋节", "  # indented comment");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.IsValid, Is.True);
            Assert.That(table.Rows.Single(), Is.EqualTo(new SpecialDay(Day("2025-10-01"), SpecialDayKind.Off, "国庆节,中秋节")));
        }
    }

    [Test]
    public void Each_error_names_its_line_and_no_row_is_returned()
    {
        var table = Parse(
            "# 2025",                       // line 1
            "date,kind,name",               // line 2
            "2025-13-01,off,坏日期",         // line 3: no month 13
            "2025-05-01,holiday,劳动节",     // line 4: unknown kind
            "2025-05-06,work,周二调休",      // line 5: a Tuesday is already a working day
            "2025-05-02,off,劳动节",         // line 6: fine
            "2025-05-02,off,劳动节",         // line 7: listed twice
            "2025-05-03,off",               // line 8: no name field
            "2025-05-05,off,");             // line 9: empty name
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.IsValid, Is.False);
            Assert.That(table.Rows, Is.Empty);
            Assert.That(table.Errors.Select(e => e.Line), Is.EqualTo(new[] { 3, 4, 5, 7, 8, 9 }));
            Assert.That(table.Errors[0].ToString(), Does.StartWith("line 3:").And.Contain("2025-13-01"));
            Assert.That(table.Errors[1].Message, Does.Contain("'holiday'"));
            Assert.That(table.Errors[2].Message, Does.Contain("must fall on a weekend"));
            Assert.That(table.Errors[3].Message, Does.Contain("already listed on line 6"));
        }
    }

    [Test]
    public void A_name_longer_than_the_calendar_can_store_is_an_error_on_its_line()
    {
        var table = Parse("date,kind,name", "2025-05-01,off,劳动节", "2025-05-02,off," + new string('节', 65));
        Assert.That(table.Errors.Single().ToString(), Does.StartWith("line 3:").And.Contain("at most 64"));
    }

    [Test]
    public void A_missing_header_is_an_error_on_its_line()
    {
        var table = Parse("# comment", "2025-05-01,off,劳动节");
        Assert.That(table.Errors.Single().ToString(), Does.StartWith("line 2:").And.Contain("date,kind,name"));
    }

    [Test]
    public void An_empty_file_is_an_error()
    {
        Assert.That(Parse("# nothing here").IsValid, Is.False);
    }

    [Test]
    public void An_off_day_on_a_weekend_is_kept_with_a_warning()
    {
        // The official notices list whole holiday blocks, weekends included (e.g. 2025-02-01, a Saturday).
        var table = Parse("date,kind,name", "2025-02-01,off,春节");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.IsValid, Is.True);
            Assert.That(table.Rows, Has.Count.EqualTo(1));
            Assert.That(table.Warnings.Single().Line, Is.EqualTo(2));
        }
    }

    [Test]
    public void Importing_an_invalid_table_lists_every_error()
    {
        var table = Parse("date,kind,name", "2025-05-06,work,x", "2025-05-07,work,y");
        Assert.That(() => table.EnsureValid("upload.csv"), Throws.TypeOf<FormatException>().With.Message.Contains("line 2").And.Message.Contains("line 3"));
    }
}
