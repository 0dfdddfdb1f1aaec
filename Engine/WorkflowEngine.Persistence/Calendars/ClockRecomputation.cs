using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Persistence.Stores;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Moves the stored due date of every running clock that a newly loaded year moved, and journals each move.</summary>
/// <remarks>
/// Runs inside the transaction that loads the year, so the table and the moves it causes commit together (or neither),
/// and a second load of the same table finds nothing left to move. Each row is updated only at the revision it was
/// read at; a clock changed meanwhile is read again and decided again. The level stays as it is: it is the scanner's
/// to move, so that the scan raises or withdraws the alerts a moved due date calls for.
/// </remarks>
internal sealed class ClockRecomputation(WorkflowDbContext db, BuiltCalendars before, BuiltCalendars after)
{
    const int PageSize = 500;
    const int Attempts = 5;

    /// <summary>Recomputes the clocks of <paramref name="calendarId"/> and of the regional calendars below it; returns how many moved.</summary>
    public async Task<int> RunAsync(string calendarId, int year, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        var affected = after.Calendars.Values.Where(c => IsAtOrBelow(c, calendarId) && before.Calendars.ContainsKey(c.Id))
            .Select(c => c.Id).ToList();
        var moved = 0;
        var lastId = "";
        while (true)
        {
            var page = await db.Clocks.AsNoTracking()
                .Where(c => string.Compare(c.Id, lastId) > 0 && affected.Contains(c.CalendarId) && c.CompletedAt == null)
                .OrderBy(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
            var journal = new List<object>();
            foreach (var row in page)
            {
                if (await MoveAsync(row, year, at, by, cancellationToken) is { } line)
                    journal.Add(RecordMapping.ToRecord(line));
            }
            // One insert per page keeps the journal's writes batched inside the one commit.
            await db.InsertAsync(journal, cancellationToken);
            moved += journal.Count;
            if (page.Count < PageSize) return moved;
            lastId = page[^1].Id;
        }
    }

    /// <summary>Writes the clock's new due date and returns its journal line; null when nothing moved.</summary>
    async Task<JournalEntry?> MoveAsync(ClockRecord row, int year, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            StoredClock clock;
            DueDateMove move;
            try
            {
                clock = ClockMapping.ToClock(row);
                move = DueDateMove.Read(clock, before.Calendars[clock.CalendarId], after.Calendars[clock.CalendarId], at);
            }
            catch (Exception e) when (e is ArgumentException or ClockOperationException or System.Text.Json.JsonException or FormatException)
            {
                // One unreadable clock must not keep an official year out; the supervision scan reports it every time it runs.
                return null;
            }
            if (!move.IsMove) return null;
            var updated = await db.Clocks.Where(c => c.Id == row.Id && c.Revision == row.Revision && c.CompletedAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.DueAt, move.After.CommittedDeadline.ToUniversalTime())
                    .SetProperty(c => c.UpdatedAt, at.ToUniversalTime())
                    .SetProperty(c => c.Revision, row.Revision + 1), cancellationToken);
            if (updated == 1) return ClockJournal.DueDateMoved(clock, move, year, by, at);
            // Changed by someone else since the page was read: decide again on what is there now, unless it is completed.
            var current = await db.Clocks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == row.Id, cancellationToken);
            if (current is null || current.CompletedAt is not null) return null;
            row = current;
            if (attempt == Attempts) throw new ClockConflictException(row.Id, row.Revision);
        }
    }

    static bool IsAtOrBelow(WorkingCalendar calendar, string calendarId)
    {
        for (WorkingCalendar? c = calendar; c is not null; c = c.Parent)
            if (c.Id == calendarId) return true;
        return false;
    }
}
