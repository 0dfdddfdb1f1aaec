namespace WorkflowEngine.Runtime;

/// <summary>
/// Everything one burst of execution changed, committed as one transaction: the instance, bookmarks
/// created and burned, journal lines and outgoing messages.
/// </summary>
public sealed class Burst(WorkflowInstance instance, bool isNew)
{
    public WorkflowInstance Instance { get; } = instance;
    /// <summary>True when the instance has never been committed.</summary>
    public bool IsNew { get; } = isNew;
    public List<Bookmark> CreatedBookmarks { get; } = [];
    public List<string> BurnedBookmarkIds { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
    /// <summary>Domain writes committed in the same transaction, in the order they were enlisted.</summary>
    public List<IBurstParticipant> Participants { get; } = [];
}
