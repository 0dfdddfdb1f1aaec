using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Working calendars read from the database, cached in this process and read again when any calendar changed.</summary>
/// <remarks>
/// Due dates are computed on every clock reading, so the calendars are held in memory. Whether they are still
/// current is asked of the database at most once per <see cref="PersistenceOptions.CalendarRefreshInterval"/>,
/// with one small query (every calendar's id and <c>UpdatedAt</c>, a handful of rows); only a difference
/// reads the rows again. A change made through this process (<see cref="Invalidate"/>) is seen by the next
/// query at once; a change made on another node within the interval. Every write moves its calendar's
/// <c>UpdatedAt</c> forward (<see cref="CalendarVersion.NextStamp"/>), so no change can go unnoticed.
/// </remarks>
public sealed class EfWorkingCalendars(IServiceScopeFactory scopes, PersistenceOptions options, TimeProvider time) : IWorkingCalendars
{
    private readonly SemaphoreSlim reading = new(1, 1);
    private volatile Snapshot? current;
    private long generation;

    public async Task<WorkingCalendar> GetAsync(string calendarId, CancellationToken cancellationToken = default)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        if (snapshot.Built.Calendars.TryGetValue(calendarId, out var calendar))
            return calendar;
        if (snapshot.Built.Broken.TryGetValue(calendarId, out var reason))
            throw new InvalidOperationException($"Working calendar '{calendarId}' cannot be built from its rows: {reason}.");
        throw new CalendarNotFoundException(calendarId);
    }

    /// <summary>Makes the next query check the database first; called after every change made in this process.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (current is { } fresh && IsFresh(fresh))
            return fresh;
        await reading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed the snapshot while this one waited.
            var snapshot = current;
            if (snapshot is not null && IsFresh(snapshot))
                return snapshot;
            var seenGeneration = Interlocked.Read(ref generation);
            var checkedAt = time.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            // The versions are read before the rows: a change committed in between only causes one more reading later.
            var versions = await db.Calendars.OrderBy(c => c.Id).Select(c => new CalendarVersion(c.Id, c.UpdatedAt)).ToListAsync(cancellationToken);
            var built = snapshot is not null && snapshot.Versions.SequenceEqual(versions)
                ? snapshot.Built
                : (await CalendarRows.ReadAsync(db, cancellationToken)).Build();
            return current = new Snapshot(versions, built, seenGeneration, checkedAt);
        }
        finally
        {
            reading.Release();
        }
    }

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.Generation == Interlocked.Read(ref generation)
        && time.GetElapsedTime(snapshot.CheckedAt) < options.CalendarRefreshInterval;

    private sealed record Snapshot(IReadOnlyList<CalendarVersion> Versions, BuiltCalendars Built, long Generation, long CheckedAt);
}
