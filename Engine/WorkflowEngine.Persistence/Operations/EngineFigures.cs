using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Operations;

/// <summary>
/// What an operator watches on the engine, read straight from the tables so every node reports the same: instances
/// that faulted, timers that are due but not fired (the scheduler is behind or off everywhere), and outgoing messages
/// nobody has taken yet; and each calendar's loaded years, since a limit that runs into a year without its official
/// table is counted on the provisional calendar (statutory holidays only) and may move when the notice is loaded —
/// next year's table should be in before cases reach it.
/// </summary>
public sealed class EngineFigures(WorkflowDbContext db, IWorkingCalendars calendars, TimeProvider time)
{
    /// <summary>A timer later than this past its due time counts as late.</summary>
    public static readonly TimeSpan TimerGrace = TimeSpan.FromMinutes(1);

    public async Task<Figures> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var late = now - TimerGrace;
        var running = nameof(WorkflowStatus.Running);
        var faulted = nameof(WorkflowSubStatus.Faulted);
        var suspended = nameof(WorkflowSubStatus.Suspended);
        var instances = await db.Instances.Where(i => i.Status == running)
            .GroupBy(i => i.SubStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var lateTimers = await db.Bookmarks.CountAsync(b => b.DueAt != null && b.DueAt < late, cancellationToken);
        var oldestDue = await db.Bookmarks.Where(b => b.DueAt != null && b.DueAt < late).OrderBy(b => b.DueAt).Select(b => b.DueAt).FirstOrDefaultAsync(cancellationToken);
        var undispatched = await db.Outbox.Where(o => o.DispatchedAt == null)
            .GroupBy(o => o.Topic).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var coverage = await CalendarsAsync(now, cancellationToken);
        return new Figures(
            Running: instances.Sum(i => i.Count),
            Suspended: instances.Where(i => i.Key == suspended).Sum(i => i.Count),
            Faulted: instances.Where(i => i.Key == faulted).Sum(i => i.Count),
            LateTimers: lateTimers,
            OldestLateTimerDueAt: oldestDue,
            UndispatchedMessages: undispatched.ToDictionary(u => u.Key, u => u.Count),
            Calendars: coverage);
    }

    async Task<IReadOnlyList<CalendarCoverage>> CalendarsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await db.Calendars.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var coverage = new List<CalendarCoverage>(ids.Count);
        foreach (var id in ids)
        {
            WorkingCalendar calendar;
            try { calendar = await calendars.GetAsync(id, cancellationToken); }
            catch (Exception e) when (e is CalendarNotFoundException or InvalidOperationException) { continue; } // rows that cannot be built: the calendar API says why
            // A region answers for the years its parent has; the year turns in the calendar's own zone.
            var thisYear = TimeZoneInfo.ConvertTime(now, calendar.TimeZone).Year;
            var nextYear = thisYear + 1;
            var covered = calendar.CoveredYears.ToList();
            coverage.Add(new CalendarCoverage(id, covered.Count == 0 ? null : covered.Max(),
                calendar.IsYearLoaded(nextYear) || calendar.TreatUnloadedYearsAsPlainWeekends,
                [.. new[] { thisYear, nextYear }.Where(calendar.IsYearProvisional)]));
        }
        return coverage;
    }

    /// <summary>The engine's figures at one moment.</summary>
    public sealed record Figures(int Running, int Suspended, int Faulted, int LateTimers, DateTimeOffset? OldestLateTimerDueAt,
        IReadOnlyDictionary<string, int> UndispatchedMessages, IReadOnlyList<CalendarCoverage> Calendars);

    /// <summary>
    /// The last year whose official table a calendar has, whether next year's is in (in the calendar's own time zone),
    /// and which of this year and next are provisional: counted from the statute until their notice is loaded.
    /// </summary>
    /// <param name="NextYearLoaded">False while limits reaching past 31 December are counted provisionally (or on plain weekends, for a calendar set so).</param>
    /// <param name="ProvisionalYears">This year and next, those without an official table in the calendar's chain; empty for a calendar that counts plain weekends instead.</param>
    public sealed record CalendarCoverage(string CalendarId, int? LoadedThrough, bool NextYearLoaded, IReadOnlyList<int> ProvisionalYears);
}
