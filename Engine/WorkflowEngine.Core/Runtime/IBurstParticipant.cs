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

/// <summary>The open connection and transaction of a burst's commit.</summary>
public sealed record BurstTransaction(DbConnection Connection, DbTransaction Transaction);
