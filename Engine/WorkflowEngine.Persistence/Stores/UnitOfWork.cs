namespace WorkflowEngine.Persistence.Stores;

/// <summary>Transactions that a caller's open transaction can absorb, and inserts that leave nothing tracked behind.</summary>
internal static class UnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in the transaction already open on the context (a burst's, a caller's), or in a new
    /// one committed at the end. An exception rolls back the new one; an open one is the opener's to roll back.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this WorkflowDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return await work(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Inserts rows and detaches them again: the context is shared by the scope (and by a scan of many clocks).</summary>
    public static async Task InsertAsync(this WorkflowDbContext db, IReadOnlyCollection<object> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        db.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var row in rows) db.Entry(row).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
