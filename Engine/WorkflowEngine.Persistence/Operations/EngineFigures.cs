using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Operations;

/// <summary>
/// What an operator watches on the engine, read straight from the tables so every node reports the same: instances
/// that faulted, timers that are due but not fired (the scheduler is behind or off everywhere), and outgoing messages
/// nobody has taken yet.
/// </summary>
public sealed class EngineFigures(WorkflowDbContext db, TimeProvider time)
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
        return new Figures(
            Running: instances.Sum(i => i.Count),
            Suspended: instances.Where(i => i.Key == suspended).Sum(i => i.Count),
            Faulted: instances.Where(i => i.Key == faulted).Sum(i => i.Count),
            LateTimers: lateTimers,
            OldestLateTimerDueAt: oldestDue,
            UndispatchedMessages: undispatched.ToDictionary(u => u.Key, u => u.Count));
    }

    /// <summary>The engine's figures at one moment.</summary>
    public sealed record Figures(int Running, int Suspended, int Faulted, int LateTimers, DateTimeOffset? OldestLateTimerDueAt,
        IReadOnlyDictionary<string, int> UndispatchedMessages);
}
