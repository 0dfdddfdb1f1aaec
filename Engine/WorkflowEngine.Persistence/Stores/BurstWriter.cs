using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>
/// Writes a burst as one transaction with explicit statements (<see cref="ModelStatements"/>): the change tracker cost
/// about as much as the commit itself on the hot path; see docs/decisions/0004-persistence.md. The engine's statements
/// and those of statement participants go in one batch (one round trip on PostgreSQL), then the commit; a participant
/// that writes by itself gets the batch sent first, so every write keeps its order.
/// </summary>
internal sealed class BurstWriter(WorkflowDbContext db)
{
    // Only what a burst can change: SQLite rewrites every index on a column named in SET, changed or not.
    static readonly string[] MutableInstanceColumns =
    [
        nameof(InstanceRecord.State), nameof(InstanceRecord.Status), nameof(InstanceRecord.SubStatus), nameof(InstanceRecord.IncidentCount),
        nameof(InstanceRecord.Name), nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.Revision),
    ];

    /// <summary>Returns false when the instance was changed by someone else (nothing is then written).</summary>
    public async Task<bool> WriteAsync(InstanceRecord instance, long? expectedRevision, IEnumerable<string> burnedBookmarks,
        IEnumerable<BookmarkRecord> bookmarks, IEnumerable<JournalRecord> journal, IEnumerable<OutboxRecord> outbox,
        IReadOnlyList<IBurstParticipant> participants, CancellationToken ct)
    {
        var model = ModelStatements.For(db);
        // The instance row first: its revision guard decides whether anything else is written.
        var pending = new List<BurstStatement>
        {
            expectedRevision is { } revision ? model.Update(instance, revision, MutableInstanceColumns) : model.Insert(instance),
        };
        var burned = burnedBookmarks.ToList();
        if (burned.Count > 0) pending.Add(model.DeleteByKeys<BookmarkRecord>(burned));
        pending.AddRange(bookmarks.Select(model.Insert));
        pending.AddRange(journal.Select(model.Insert));
        pending.AddRange(outbox.Select(model.Insert));
        var instanceGuarded = expectedRevision is not null;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var burst = new BurstTransaction(tx.Connection!, tx);
            foreach (var participant in participants)
            {
                if (participant is IBurstStatements statements)
                {
                    pending.AddRange(statements.Statements(burst.Connection));
                    continue;
                }
                if (!await FlushAsync()) return false;
                await participant.WriteAsync(burst, ct);
            }
            if (!await FlushAsync()) return false;
            await transaction.CommitAsync(ct);
            return true;

            async Task<bool> FlushAsync()
            {
                if (pending.Count == 0) return true;
                var affected = await BurstStatement.RunAsync(pending, burst, ct);
                if (instanceGuarded && affected[0] != 1)
                {
                    await transaction.RollbackAsync(ct);
                    return false;
                }
                instanceGuarded = false;
                // A participant's row that moved underneath throws here; disposing the transaction rolls everything back.
                BurstStatement.ThrowOnConflict(pending, affected);
                pending.Clear();
                return true;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
