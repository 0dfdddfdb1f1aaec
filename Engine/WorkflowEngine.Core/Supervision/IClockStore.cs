namespace WorkflowEngine.Supervision;

/// <summary>Durable storage of clocks, each row guarded by its revision.</summary>
public interface IClockStore
{
    Task<StoredClock?> FindAsync(string clockId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredClock>> FindByOwnerAsync(string ownerType, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the clock and its journal lines in one transaction: the store's own, or the one already open on the
    /// store's unit of work (so a workflow burst can carry the change). Throws <see cref="ClockConflictException"/>
    /// when the clock is no longer at <see cref="ClockChange.ExpectedRevision"/> (or already exists, for a new one);
    /// nothing is then written.
    /// </summary>
    Task<StoredClock> SaveAsync(ClockChange change, CancellationToken cancellationToken = default);
}
