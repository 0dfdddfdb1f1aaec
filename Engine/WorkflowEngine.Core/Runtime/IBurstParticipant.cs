using System.Data.Common;

namespace WorkflowEngine.Runtime;

/// <summary>
/// Domain writes that must commit or roll back with a burst: a human task created by an activity, a case's new
/// status, a clock paused. An activity enlists one with <see cref="Activities.ActivityExecutionContext.Enlist"/>.
/// </summary>
public interface IBurstParticipant
{
    /// <summary>
    /// Writes inside the burst's open transaction, after the engine's own statements. Throw
    /// <see cref="ConcurrencyConflictException"/> when a row changed underneath: the burst rolls back and is re-run.
    /// </summary>
    Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>
/// A participant whose writes are plain statements. The engine sends them in the same batch as its own, so a burst is
/// one round trip and the commit, and the instance row (which parallel branches of one case queue on) stays locked
/// for no longer than that.
/// </summary>
public interface IBurstStatements : IBurstParticipant
{
    /// <summary>The statements in the dialect of this connection's database; called again for each retry of the burst.</summary>
    IReadOnlyList<BurstStatement> Statements(DbConnection connection);

    /// <summary>Written on its own, outside a burst's batch (a service's own transaction).</summary>
    Task IBurstParticipant.WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken) =>
        BurstStatement.ExecuteAsync(Statements(transaction.Connection), transaction, cancellationToken);
}

/// <summary>The open connection and transaction of a burst's commit.</summary>
public sealed record BurstTransaction(DbConnection Connection, DbTransaction Transaction);
