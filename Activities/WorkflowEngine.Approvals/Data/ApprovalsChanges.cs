using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Data;

/// <summary>
/// Approvals rows an activity writes with its burst: applied to a context opened on the burst's own connection and
/// transaction, so a task, a case status and the workflow state commit together or not at all.
/// </summary>
public sealed class ApprovalsChanges : IBurstParticipant
{
    readonly List<Action<ApprovalsDbContext>> _changes = [];

    public ApprovalsChanges Add<T>(T row) where T : class
    {
        _changes.Add(db => db.Add(row));
        return this;
    }

    /// <summary>Updates a row read earlier; the write fails as a conflict when its revision moved meanwhile.</summary>
    public ApprovalsChanges Update<T>(T row) where T : class
    {
        // The revision as read now: a retried burst writes the same change again, never a doubly bumped one.
        var read = typeof(T).GetProperty("Revision")?.GetValue(row) as long?;
        _changes.Add(db =>
        {
            var entry = db.Update(row);
            if (read is { } revision)
            {
                entry.Property("Revision").OriginalValue = revision;
                entry.Property("Revision").CurrentValue = revision + 1;
            }
        });
        return this;
    }

    public async Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken)
    {
        await using var db = ApprovalsContexts.On(transaction.Connection);
        await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
        foreach (var change in _changes) change(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException(string.Join(",", e.Entries.Select(x => x.Metadata.ClrType.Name)), e);
        }
    }
}
