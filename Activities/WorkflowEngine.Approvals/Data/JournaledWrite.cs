using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Persistence.Stores;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Data;

/// <summary>
/// Approvals rows changed by a person outside a burst (a task claimed, materials supplied, a special procedure) and the
/// journal line saying who and why, in one transaction: one batch, then the commit. A row that moved since it was read
/// throws <see cref="ConcurrencyConflictException"/>, which each caller turns into its own refusal.
/// </summary>
internal static class JournaledWrite
{
    /// <param name="first">Writes that join the transaction before the rows (a clock change through its store).</param>
    public static async Task WriteAsync(WorkflowDbContext workflow, ApprovalsChanges changes, JournalRecord line, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? first = null)
    {
        await workflow.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await workflow.Database.BeginTransactionAsync(cancellationToken);
            if (first is not null) await first(cancellationToken);
            var tx = transaction.GetDbTransaction();
            var open = new BurstTransaction(tx.Connection!, tx);
            await BurstStatement.ExecuteAsync([.. changes.Statements(open.Connection), ModelStatements.For(workflow).Insert(line)], open, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await workflow.Database.CloseConnectionAsync();
        }
    }
}
