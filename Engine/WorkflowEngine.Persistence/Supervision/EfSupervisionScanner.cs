using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Persistence.Stores;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence.Supervision;

/// <summary>
/// Reads the running clocks in pages by id, recomputes each level at the scan's instant and, for each level that moved,
/// writes the clock, the alert raised or withdrawn, the journal line and the outbox message in one transaction.
/// </summary>
/// <remarks>
/// The clock row is updated only at the revision the page was read at. When two nodes scan at once, the second finds
/// the revision moved and writes nothing for that clock: each alert is raised once, and a scan repeated at the same
/// instant finds nothing left to do.
/// </remarks>
internal sealed class EfSupervisionScanner(
    WorkflowDbContext db, IWorkingCalendars calendars, IOptions<SupervisionOptions> options, ILogger<EfSupervisionScanner> logger) : ISupervisionScanner
{
    static readonly DateTimeOffset NotCompleted = DateTimeOffset.MinValue;

    /// <summary>The columns a scan needs; the derived ones (due, paused) are recomputed.</summary>
    sealed record ScannedClock(string Id, string OwnerType, string OwnerId, string CalendarId, string Events, string Thresholds, string Level, long Revision);

    public async Task<int> ScanAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var defaults = settings.DefaultThresholds;
        var calendarCache = new CalendarCache(calendars);
        var (raised, withdrawn, unreadable) = (0, 0, 0);
        Exception? firstError = null;
        var after = "";
        while (true)
        {
            // "Not completed" is written so that no index can serve it: given "CompletedAt IS NULL", SQLite picks the
            // (CompletedAt, Level) index and sorts every running clock by id for each page, a quadratic scan (4 s for
            // 100,000 clocks instead of 1 s). This way each page walks the primary key from where the last one ended.
            var page = await db.Clocks.AsNoTracking()
                .Where(c => string.Compare(c.Id, after) > 0 && (c.CompletedAt ?? NotCompleted) == NotCompleted)
                .OrderBy(c => c.Id).Take(settings.ScanBatchSize)
                .Select(c => new ScannedClock(c.Id, c.OwnerType, c.OwnerId, c.CalendarId, c.Events, c.Thresholds, c.Level, c.Revision))
                .ToListAsync(cancellationToken);
            foreach (var clock in page)
            {
                ClockStatus status;
                WorkingCalendar calendar;
                try
                {
                    calendar = await calendarCache.GetAsync(clock.CalendarId, cancellationToken);
                    status = Read(clock, calendar, defaults, now);
                }
                catch (Exception e) when (e is CalendarNotFoundException or ArgumentException or ClockOperationException
                    or System.Text.Json.JsonException or FormatException)
                {
                    // One unreadable clock must not stop supervision of the others; the summary below names the first cause.
                    unreadable++;
                    firstError ??= e;
                    logger.LogDebug(e, "Clock {ClockId} could not be read at {Now}", clock.Id, now);
                    continue;
                }
                var change = new LevelChange(ClockMapping.ParseLevel(clock.Level), status.Level);
                if (!change.IsChange) continue;
                var (up, down) = await ApplyAsync(clock, change, status, calendar, now, settings.FeedbackWorkingDays, cancellationToken);
                raised += up;
                withdrawn += down;
            }
            if (page.Count < settings.ScanBatchSize) break;
            after = page[^1].Id;
        }
        if (unreadable > 0)
            logger.LogWarning(firstError, "Supervision scan at {Now}: {Count} clocks could not be read", now, unreadable);
        logger.LogInformation("Supervision scan at {Now}: {Raised} alerts raised, {Withdrawn} withdrawn", now, raised, withdrawn);
        return raised;
    }

    static ClockStatus Read(ScannedClock clock, WorkingCalendar calendar, ClockThresholds defaults, DateTimeOffset now)
    {
        var replayed = Clock.Replay(calendar, ClockMapping.ReadEvents(clock.Events), ClockMapping.ReadThresholds(clock.Thresholds) ?? defaults);
        // A clock accepted after the scan's instant has nothing to supervise yet.
        return replayed.StatusAt(now < replayed.StartedAt ? replayed.StartedAt : now);
    }

    /// <summary>Returns the alerts raised and withdrawn; nothing when another writer moved the clock first.</summary>
    Task<(int Raised, int Withdrawn)> ApplyAsync(ScannedClock clock, LevelChange change, ClockStatus status, WorkingCalendar calendar,
        DateTimeOffset now, int feedbackWorkingDays, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var at = now.ToUniversalTime();
            var updated = await db.Clocks.Where(c => c.Id == clock.Id && c.Revision == clock.Revision).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Level, change.To.ToString())
                .SetProperty(c => c.DueAt, status.CommittedDeadline.ToUniversalTime())
                .SetProperty(c => c.IsPaused, status.IsPaused)
                .SetProperty(c => c.UpdatedAt, at)
                .SetProperty(c => c.Revision, clock.Revision + 1), ct);
            if (updated != 1) return (0, 0);
            if (change.Raises)
            {
                var alert = change.Raise(clock.Id, clock.OwnerType, clock.OwnerId, at, calendar, feedbackWorkingDays);
                await db.InsertAsync([ClockMapping.ToRecord(alert), RecordMapping.ToRecord(SupervisionMessages.RaisedLine(alert)),
                    RecordMapping.ToRecord(SupervisionMessages.Raised(alert))], ct);
                return (1, 0);
            }
            return (0, await WithdrawAsync(clock.Id, change, at, ct));
        }, cancellationToken);

    async Task<int> WithdrawAsync(string clockId, LevelChange change, DateTimeOffset at, CancellationToken ct)
    {
        var states = Enum.GetValues<AlertState>().Where(AlertTransitions.CanWithdraw).Select(s => s.ToString()).ToList();
        var open = await db.Alerts.AsNoTracking().Where(a => a.ClockId == clockId && states.Contains(a.State)).ToListAsync(ct);
        var rows = new List<object>();
        var withdrawn = 0;
        foreach (var record in open.Where(a => change.Withdraws(ClockMapping.ParseLevel(a.Level))))
        {
            const string note = "the clock's level fell after an extension";
            // A person may move the alert at the same moment; whoever writes first wins, the other sees the new state.
            var moved = await db.Alerts.Where(a => a.Id == record.Id && a.State == record.State).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, nameof(AlertState.Withdrawn))
                .SetProperty(a => a.UpdatedAt, at)
                .SetProperty(a => a.Note, note), ct);
            if (moved != 1) continue;
            var from = Enum.Parse<AlertState>(record.State);
            var alert = ClockMapping.ToAlert(record) with { State = AlertState.Withdrawn, UpdatedAt = at, Note = note };
            rows.Add(RecordMapping.ToRecord(SupervisionMessages.StateChangedLine(alert, from, SupervisionMessages.System, note)));
            rows.Add(RecordMapping.ToRecord(SupervisionMessages.StateChanged(alert, from, SupervisionMessages.System)));
            withdrawn++;
        }
        await db.InsertAsync(rows, ct);
        return withdrawn;
    }
}
