using System.Data.Common;

namespace WorkflowEngine.Runtime;

/// <summary>
/// One SQL statement of a burst with its positional values (named p0, p1, … in the SQL). When
/// <see cref="ConflictUnlessOneRow"/> is set, the statement must touch exactly one row (an update under a revision):
/// any other count rolls the burst back as a <see cref="ConcurrencyConflictException"/> naming it.
/// </summary>
public sealed record BurstStatement(string Sql, IReadOnlyList<object?> Values, string? ConflictUnlessOneRow = null)
{
    /// <summary>
    /// Runs statements in the transaction: as one batch where the driver has batches (one round trip on PostgreSQL),
    /// one by one otherwise (SQLite, in-process). Returns the rows each touched.
    /// </summary>
    public static async Task<int[]> RunAsync(IReadOnlyList<BurstStatement> statements, BurstTransaction transaction, CancellationToken ct)
    {
        if (statements.Count == 0) return [];
        var connection = transaction.Connection;
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction.Transaction;
            foreach (var statement in statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = statement.Sql;
                Bind(command.Parameters, command.CreateParameter, statement.Values);
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(ct);
            return batch.BatchCommands.Select(c => c.RecordsAffected).ToArray();
        }
        var affected = new int[statements.Count];
        for (var s = 0; s < statements.Count; s++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.Transaction;
            command.CommandText = statements[s].Sql;
            Bind(command.Parameters, command.CreateParameter, statements[s].Values);
            affected[s] = await command.ExecuteNonQueryAsync(ct);
        }
        return affected;
    }

    /// <summary>Runs the statements and throws <see cref="ConcurrencyConflictException"/> when a guarded one missed its row.</summary>
    public static async Task ExecuteAsync(IReadOnlyList<BurstStatement> statements, BurstTransaction transaction, CancellationToken ct) =>
        ThrowOnConflict(statements, await RunAsync(statements, transaction, ct));

    /// <summary>The first guarded statement that did not touch exactly one row, as a conflict.</summary>
    public static void ThrowOnConflict(IReadOnlyList<BurstStatement> statements, IReadOnlyList<int> affected)
    {
        for (var i = 0; i < statements.Count; i++)
            if (statements[i].ConflictUnlessOneRow is { } name && affected[i] != 1)
                throw new ConcurrencyConflictException(name);
    }

    // Positional values as p0, p1, …: what ModelStatements' placeholders name.
    static void Bind(DbParameterCollection parameters, Func<DbParameter> create, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = create();
            parameter.ParameterName = "p" + i;
            parameter.Value = values[i] ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }
}
