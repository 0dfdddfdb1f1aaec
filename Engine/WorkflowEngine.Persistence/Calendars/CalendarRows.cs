using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Every calendar's rows, read together, and the working calendars built from them.</summary>
/// <remarks>
/// A calendar without a parent owns its years: each loaded year is exactly the rows of that year. A calendar
/// with a parent (a regional calendar) holds only overrides: its rows replace the parent's answer on those
/// dates, and it answers for the years its parent answers for, so a region can never hide a national year
/// that was never loaded.
/// </remarks>
internal sealed record CalendarRows(IReadOnlyList<CalendarRecord> Calendars, IReadOnlyList<CalendarYearRecord> Years, IReadOnlyList<CalendarDayRecord> Days)
{
    public static async Task<CalendarRows> ReadAsync(WorkflowDbContext db, CancellationToken cancellationToken) => new(
        await db.Calendars.ToListAsync(cancellationToken),
        await db.CalendarYears.ToListAsync(cancellationToken),
        await db.CalendarDays.ToListAsync(cancellationToken));

    /// <summary>Builds each calendar on top of its parent; one whose rows cannot be built is reported with the reason, and the others still work.</summary>
    public BuiltCalendars Build()
    {
        var rows = Calendars.ToDictionary(c => c.Id);
        var yearsOf = Years.ToLookup(y => y.CalendarId, y => y.Year);
        var daysOf = Days.ToLookup(d => d.CalendarId);
        var built = new Dictionary<string, WorkingCalendar>();
        var broken = new Dictionary<string, string>();

        WorkingCalendar? Build(string id, HashSet<string> chain)
        {
            if (built.TryGetValue(id, out var done))
                return done;
            if (broken.ContainsKey(id))
                return null;
            if (!chain.Add(id))
                return Fail(id, $"its parents loop back to it ({string.Join(" → ", chain)} → {id})");
            var row = rows[id];
            WorkingCalendar? parent = null;
            if (row.ParentId is { } parentId)
            {
                if (!rows.ContainsKey(parentId))
                    return Fail(id, $"its parent '{parentId}' does not exist");
                parent = Build(parentId, chain);
                if (parent is null)
                    return Fail(id, $"its parent '{parentId}' cannot be built: {broken.GetValueOrDefault(parentId)}");
            }
            try
            {
                var calendar = new WorkingCalendar(row.Id, row.Name, parent,
                    CalendarRowFormat.ParseWeekendDays(row.WeekendDays),
                    CalendarRowFormat.ParseWorkingHours(row.WorkingHours),
                    TimeZoneInfo.FindSystemTimeZoneById(row.TimeZone),
                    row.TreatUnloadedYearsAsPlainWeekends);
                return built[id] = WithDays(calendar, yearsOf[id].ToHashSet(), [.. daysOf[id].Select(ToSpecialDay)]);
            }
            catch (Exception e) when (CalendarRowFormat.IsBadSetting(e))
            {
                return Fail(id, e.Message);
            }
        }

        WorkingCalendar? Fail(string id, string reason)
        {
            broken[id] = reason;
            return null;
        }

        foreach (var id in rows.Keys)
            Build(id, []);
        return new(built, broken);
    }

    private static WorkingCalendar WithDays(WorkingCalendar calendar, HashSet<int> loadedYears, List<SpecialDay> days)
    {
        if (calendar.Parent is not null)
            return calendar.WithSpecialDays(days);
        foreach (var year in loadedYears.Order())
            calendar = calendar.WithYear(year, days.Where(d => d.Date.Year == year));
        // Rows of a year never recorded as loaded come only from hand edits; they count as single overrides.
        return calendar.WithSpecialDays(days.Where(d => !loadedYears.Contains(d.Date.Year)));
    }

    private static SpecialDay ToSpecialDay(CalendarDayRecord row) => new(row.Date, CalendarRowFormat.ParseKind(row.Kind), row.Name);
}

/// <summary>The calendars built from the rows, and the reasons the others could not be built.</summary>
internal sealed record BuiltCalendars(IReadOnlyDictionary<string, WorkingCalendar> Calendars, IReadOnlyDictionary<string, string> Broken);
