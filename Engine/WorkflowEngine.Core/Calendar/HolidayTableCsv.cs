using System.Globalization;

namespace WorkflowEngine.Calendar;

/// <summary>Reads the official holiday table format: '#' comments, a header <c>date,kind,name</c>, then one special day per line.</summary>
/// <remarks>
/// Errors: a bad date, an unknown kind, a missing or overlong name, a <c>work</c> day that is not on a weekend (a
/// make-up day on a weekday changes nothing, so it is almost certainly a typing error), a date listed twice.
/// An <c>off</c> day on a weekend is accepted with a warning: the official notices list whole holiday
/// blocks including their weekend days, and recording them keeps the holiday's name on those days.
/// </remarks>
public static class HolidayTableCsv
{
    private const string Header = "date,kind,name";

    public static HolidayTable Parse(TextReader reader, IReadOnlySet<DayOfWeek>? weekendDays = null)
    {
        weekendDays ??= new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };
        var rows = new List<SpecialDay>();
        var errors = new List<HolidayTableIssue>();
        var warnings = new List<HolidayTableIssue>();
        var firstLineOf = new Dictionary<DateOnly, int>();
        var headerSeen = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            if (!headerSeen)
            {
                headerSeen = true;
                if (!string.Equals(text.Replace(" ", ""), Header, StringComparison.OrdinalIgnoreCase))
                    errors.Add(new(number, $"expected the header '{Header}', found '{text}'"));
                continue;
            }
            var row = ParseRow(number, text, weekendDays, errors, warnings);
            if (row is null)
                continue;
            if (firstLineOf.TryGetValue(row.Date, out var first))
                errors.Add(new(number, $"{row.Date:yyyy-MM-dd} is already listed on line {first}"));
            else
            {
                firstLineOf[row.Date] = number;
                rows.Add(row);
            }
        }
        if (!headerSeen)
            errors.Add(new(number, $"the table is empty: expected the header '{Header}'"));
        return new(errors.Count == 0 ? rows : [], errors, warnings);
    }

    private static SpecialDay? ParseRow(int number, string text, IReadOnlySet<DayOfWeek> weekendDays, List<HolidayTableIssue> errors, List<HolidayTableIssue> warnings)
    {
        // The name is everything after the second comma, so a name may itself contain commas.
        var fields = text.Split(',', 3);
        if (fields.Length < 3)
        {
            errors.Add(new(number, $"expected three fields 'date,kind,name', found '{text}'"));
            return null;
        }
        var (dateText, kindText, name) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim().Trim('"').Trim());
        var ok = true;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(number, $"'{dateText}' is not a date in the form yyyy-MM-dd"));
            ok = false;
        }
        SpecialDayKind? kind = kindText.ToLowerInvariant() switch
        {
            "off" => SpecialDayKind.Off,
            "work" => SpecialDayKind.Work,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new(number, $"unknown kind '{kindText}': use 'off' (holiday) or 'work' (make-up working day)"));
            ok = false;
        }
        if (name.Length == 0)
        {
            errors.Add(new(number, "the name is missing"));
            ok = false;
        }
        else if (name.Length > SpecialDay.MaxNameLength)
        {
            errors.Add(new(number, $"the name has {name.Length} characters; at most {SpecialDay.MaxNameLength} are allowed"));
            ok = false;
        }
        if (!ok)
            return null;
        var weekend = weekendDays.Contains(date.DayOfWeek);
        if (kind == SpecialDayKind.Work && !weekend)
        {
            errors.Add(new(number, $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, already a working day: a 'work' day must fall on a weekend"));
            return null;
        }
        if (kind == SpecialDayKind.Off && weekend)
            warnings.Add(new(number, $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, already a day off"));
        return new SpecialDay(date, kind!.Value, name);
    }
}
