namespace WorkflowEngine.Runtime;

/// <summary>Durable storage of instances, their bookmarks and journal; one scope per burst.</summary>
public interface IWorkflowInstanceStore
{
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);
    Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string activityType, string stimulusHash, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Timer bookmarks due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a burst in one transaction. Throws <see cref="ConcurrencyConflictException"/> when the instance changed
    /// since it was read; nothing of the burst is then written.
    /// </summary>
    Task CommitAsync(Burst burst, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, int skip = 0, int take = 500, CancellationToken cancellationToken = default);
    /// <summary>How many journal lines an instance has, so a reader can page through them.</summary>
    Task<long> CountJournalAsync(string instanceId, CancellationToken cancellationToken = default);
    Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default);
    Task<int> DeleteAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default);
}

/// <summary>Filters and paging for the instance list.</summary>
public sealed record InstanceQuery(
    string? DefinitionId = null,
    string? CorrelationId = null,
    WorkflowStatus? Status = null,
    WorkflowSubStatus? SubStatus = null,
    string? SearchTerm = null,
    int Page = 0,
    int PageSize = 50,
    bool NewestFirst = true)
{
    /// <summary>Instances of any of these definitions (together with <see cref="DefinitionId"/> when both are given).</summary>
    public IReadOnlyCollection<string>? DefinitionIds { get; init; }
}

/// <summary>A page of instance summaries and the total count matching the filter.</summary>
public sealed record InstancePage(IReadOnlyList<WorkflowInstanceSummary> Items, long TotalCount);

/// <summary>The columns of an instance, without its state.</summary>
public sealed record WorkflowInstanceSummary(
    string Id, string DefinitionId, string DefinitionVersionId, int Version, string? Name, string? CorrelationId,
    WorkflowStatus Status, WorkflowSubStatus SubStatus, int IncidentCount,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>Another writer committed the instance first; the operation is re-run on fresh state.</summary>
public sealed class ConcurrencyConflictException(string instanceId, Exception? inner = null)
    : Exception($"instance {instanceId} was changed by another writer", inner)
{
    public string InstanceId { get; } = instanceId;
}
