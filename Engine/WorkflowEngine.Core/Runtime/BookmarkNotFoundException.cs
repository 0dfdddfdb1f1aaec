namespace WorkflowEngine.Runtime;

/// <summary>The bookmark does not exist or was already resumed: a second resume of the same stimulus must not act twice.</summary>
public sealed class BookmarkNotFoundException(string bookmarkId)
    : Exception($"bookmark {bookmarkId} does not exist or was already resumed")
{
    public string BookmarkId { get; } = bookmarkId;
}
