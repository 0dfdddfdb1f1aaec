using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>What an administrator does with working calendars: list them, add a regional calendar, load a year's holiday table.</summary>
public sealed partial class CalendarAdministration(WorkflowDbContext db, EfWorkingCalendars calendars, TimeProvider time)
{
    private const int MaxIdLength = 64;
    private const int MaxNameLength = 100;

    public async Task<IReadOnlyList<CalendarSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        // The rows are read fresh, so the cached calendars must not lag behind them (another node may have added one).
        calendars.Invalidate();
        var rows = await db.Calendars.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var years = (await db.CalendarYears.ToListAsync(cancellationToken)).ToLookup(y => y.CalendarId);
        var summaries = new List<CalendarSummary>(rows.Count);
        foreach (var row in rows)
            summaries.Add(await SummarizeAsync(row, years[row.Id], cancellationToken));
        return summaries;
    }

    /// <summary>One calendar; throws <see cref="CalendarNotFoundException"/> for an unknown id.</summary>
    public async Task<CalendarSummary> GetAsync(string calendarId, CancellationToken cancellationToken = default)
    {
        calendars.Invalidate();
        var row = await db.Calendars.SingleOrDefaultAsync(c => c.Id == calendarId, cancellationToken)
            ?? throw new CalendarNotFoundException(calendarId);
        var years = await db.CalendarYears.Where(y => y.CalendarId == calendarId).ToListAsync(cancellationToken);
        return await SummarizeAsync(row, years, cancellationToken);
    }

    /// <summary>Creates a calendar; settings not given are taken from the parent and written into the new row.</summary>
    public async Task<CalendarSummary> CreateAsync(NewCalendar request, CancellationToken cancellationToken = default)
    {
        var calendar = await ValidateAsync(request, cancellationToken);
        db.Calendars.Add(new CalendarRecord
        {
            Id = calendar.Id,
            Name = calendar.Name,
            ParentId = calendar.Parent?.Id,
            TimeZone = calendar.TimeZone.Id,
            WeekendDays = CalendarRowFormat.FormatWeekendDays(calendar.WeekendDays),
            WorkingHours = CalendarRowFormat.FormatWorkingHours(calendar.WorkingHours),
            TreatUnloadedYearsAsPlainWeekends = calendar.TreatUnloadedYearsAsPlainWeekends,
            UpdatedAt = CalendarVersion.NextStamp(DateTimeOffset.MinValue, time.GetUtcNow()),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone may have created the same id between our check and our insert.
            if (await ExistsAsync(request.Id, cancellationToken))
                throw new CalendarAlreadyExistsException(request.Id);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        calendars.Invalidate();
        return await GetAsync(calendar.Id, cancellationToken);
    }

    /// <summary>Replaces one year of a calendar's special days with a holiday table in the official CSV format, in one transaction.</summary>
    /// <remarks>
    /// Nothing changes unless the whole table is valid and every row is in <paramref name="year"/>. For a regional
    /// calendar the table holds its overrides, and its parent must have that year already, because the region's
    /// dates are computed on top of the parent's. Running clocks of the calendar and of the calendars below it whose
    /// due dates the table moves are updated and journaled in the same transaction (<see cref="ClockRecomputation"/>).
    /// </remarks>
    public async Task<YearImport> ImportYearAsync(string calendarId, int year, string csv, string loadedBy, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        calendars.Invalidate();
        var calendar = await calendars.GetAsync(calendarId, cancellationToken);
        var table = HolidayTableCsv.Parse(new StringReader(csv), calendar.WeekendDays);
        if (!table.IsValid)
            throw new InvalidHolidayTableException(calendarId, year, table.Errors);
        var stray = table.Rows.Where(d => d.Date.Year != year).ToList();
        if (stray.Count > 0)
            throw new HolidayTableYearMismatchException(calendarId, year, stray);
        if (calendar.Parent is { } parent && !parent.IsYearLoaded(year))
            throw new CalendarYearNotLoadedException(parent.YearTableOwner().Id, year);

        var loadedAt = time.GetUtcNow();
        var movedClocks = 0;
        await KeyConflictRetry.RunAsync(db, async () =>
            movedClocks = await ReplaceYearAsync(calendarId, year, table.Rows, loadedAt, loadedBy, cancellationToken));
        calendars.Invalidate();
        var updated = await calendars.GetAsync(calendarId, cancellationToken);
        return new YearImport(calendarId, year,
            Holidays: table.Rows.Count(d => d.Kind == SpecialDayKind.Off),
            MakeUpWorkdays: table.Rows.Count(d => d.Kind == SpecialDayKind.Work),
            WorkingDays: updated.WorkingDaysInYear(year),
            table.Warnings, loadedAt, loadedBy, movedClocks);
    }

    /// <summary>Replaces the year's rows and moves the running clocks the change moves, in one transaction; returns how many moved.</summary>
    private async Task<int> ReplaceYearAsync(string calendarId, int year, IReadOnlyList<SpecialDay> days, DateTimeOffset loadedAt, string loadedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Both calendars are built from the rows inside the transaction, so they differ by exactly this load.
        var before = (await CalendarRows.ReadAsync(db, cancellationToken)).Build();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await db.CalendarDays.Where(d => d.CalendarId == calendarId && d.Date >= first && d.Date <= last).ExecuteDeleteAsync(cancellationToken);
        db.CalendarDays.AddRange(days.Select(d => new CalendarDayRecord
        {
            CalendarId = calendarId,
            Date = d.Date,
            Kind = CalendarRowFormat.FormatKind(d.Kind),
            Name = d.Name,
        }));
        var loaded = await db.CalendarYears.AsTracking().SingleOrDefaultAsync(y => y.CalendarId == calendarId && y.Year == year, cancellationToken);
        if (loaded is null)
            db.CalendarYears.Add(loaded = new CalendarYearRecord { CalendarId = calendarId, Year = year });
        loaded.LoadedAt = loadedAt;
        loaded.LoadedBy = loadedBy;
        var row = await db.Calendars.AsTracking().SingleOrDefaultAsync(c => c.Id == calendarId, cancellationToken)
            ?? throw new CalendarNotFoundException(calendarId);
        row.UpdatedAt = CalendarVersion.NextStamp(row.UpdatedAt, loadedAt);
        await db.SaveChangesAsync(cancellationToken);
        var after = (await CalendarRows.ReadAsync(db, cancellationToken)).Build();
        var moved = await new ClockRecomputation(db, before, after).RunAsync(calendarId, year, loadedAt, loadedBy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    /// <summary>The calendar the request describes, built on its parent; throws with every broken rule listed.</summary>
    private async Task<WorkingCalendar> ValidateAsync(NewCalendar request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(request.Id) || request.Id.Length > MaxIdLength || !IdPattern().IsMatch(request.Id))
            errors.Add($"id '{request.Id}' must be lower-case letters, digits and single hyphens, such as 'cn-sh', at most {MaxIdLength} characters");
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength)
            errors.Add($"name must be given, at most {MaxNameLength} characters");
        WorkingCalendar? parent = null;
        if (request.ParentId is { } parentId)
        {
            try
            {
                parent = await calendars.GetAsync(parentId, cancellationToken);
            }
            catch (CalendarNotFoundException)
            {
                errors.Add($"parent '{parentId}' is not a calendar");
            }
        }
        WorkingHours? hours = null;
        if (request.WorkingHours is { } periods)
            hours = Collect(errors, "workingHours", () => CalendarRowFormat.ParsePeriods(periods));
        TimeZoneInfo? zone = null;
        if (request.TimeZone is { } zoneId)
            zone = Collect(errors, "timeZone", () => TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        if (request.WeekendDays is { } weekend)
        {
            if (weekend.Any(d => !Enum.IsDefined(d)))
                errors.Add("weekendDays: days are Monday to Sunday");
            else if (weekend.Distinct().Count() == 7)
                errors.Add("weekendDays: with every day of the week off, the calendar would have no working days");
        }
        if (errors.Count > 0)
            throw new InvalidCalendarException(errors);
        var calendar = new WorkingCalendar(request.Id, request.Name.Trim(), parent, request.WeekendDays, hours, zone);
        if (await ExistsAsync(request.Id, cancellationToken))
            throw new CalendarAlreadyExistsException(request.Id);
        return calendar;
    }

    private static T? Collect<T>(List<string> errors, string field, Func<T> parse) where T : class
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (CalendarRowFormat.IsBadSetting(e))
        {
            errors.Add($"{field}: {e.Message}");
            return null;
        }
    }

    private async Task<CalendarSummary> SummarizeAsync(CalendarRecord row, IEnumerable<CalendarYearRecord> years, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(row.Id, cancellationToken);
        return new CalendarSummary(row.Id, row.Name, row.ParentId, row.TimeZone,
            CalendarRowFormat.MondayFirst(calendar.WeekendDays),
            CalendarRowFormat.FormatPeriods(calendar.WorkingHours),
            [.. years.OrderBy(y => y.Year).Select(y => new LoadedYear(y.Year, y.LoadedAt, y.LoadedBy))],
            [.. calendar.CoveredYears.Order()],
            row.UpdatedAt);
    }

    private Task<bool> ExistsAsync(string calendarId, CancellationToken cancellationToken) =>
        db.Calendars.AnyAsync(c => c.Id == calendarId, cancellationToken);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
