using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Puts the national calendar "cn" and the official years embedded in the engine into the database.</summary>
/// <remarks>
/// Runs at every start-up and adds only what is missing: the calendar if absent, and each embedded year never
/// loaded before (a year an administrator loaded is never overwritten, even by a newer engine). Nodes starting
/// at once may both try: the loser's insert fails on the primary key, and its next attempt finds nothing to add.
/// </remarks>
internal static class NationalCalendarSeeder
{
    public const string NationalCalendarId = "cn";
    public const string LoadedBy = "built-in official table";

    public static async Task SeedAsync(WorkflowDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var table = BuiltInCalendars.ChinaHolidayTable();
        await KeyConflictRetry.RunAsync(db, () => AddMissingAsync(db, table, time.GetUtcNow(), cancellationToken));
    }

    private static async Task AddMissingAsync(WorkflowDbContext db, HolidayTable table, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = await db.Calendars.AsTracking().SingleOrDefaultAsync(c => c.Id == NationalCalendarId, cancellationToken);
        var loaded = await db.CalendarYears.Where(y => y.CalendarId == NationalCalendarId).Select(y => y.Year).ToListAsync(cancellationToken);
        var missing = table.Years.Except(loaded).ToList();
        if (calendar is not null && missing.Count == 0)
            return;
        if (calendar is null)
            db.Calendars.Add(calendar = NationalRecord());
        foreach (var year in missing)
        {
            db.CalendarYears.Add(new CalendarYearRecord { CalendarId = NationalCalendarId, Year = year, LoadedAt = now, LoadedBy = LoadedBy });
            db.CalendarDays.AddRange(table.RowsOf(year).Select(d => new CalendarDayRecord
            {
                CalendarId = NationalCalendarId,
                Date = d.Date,
                Kind = CalendarRowFormat.FormatKind(d.Kind),
                Name = d.Name,
            }));
        }
        calendar.UpdatedAt = CalendarVersion.NextStamp(calendar.UpdatedAt, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The settings of the built-in national calendar, so the database and the engine's defaults agree.</summary>
    private static CalendarRecord NationalRecord()
    {
        var china = BuiltInCalendars.China();
        return new CalendarRecord
        {
            Id = NationalCalendarId,
            Name = china.Name,
            TimeZone = china.TimeZone.Id,
            WeekendDays = CalendarRowFormat.FormatWeekendDays(china.WeekendDays),
            WorkingHours = CalendarRowFormat.FormatWorkingHours(china.WorkingHours),
            TreatUnloadedYearsAsPlainWeekends = china.TreatUnloadedYearsAsPlainWeekends,
        };
    }
}
