namespace WorkflowEngine.Runtime;

/// <summary>Where an instance stands after a burst: its status, the bookmarks this burst created, its open incidents.</summary>
public sealed record WorkflowRunResult(
    string InstanceId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<Incident> Incidents)
{
    internal static WorkflowRunResult From(Burst burst) => new(
        burst.Instance.Id, burst.Instance.Status, burst.Instance.SubStatus, burst.CreatedBookmarks,
        burst.Instance.Incidents.Where(i => i.ResolvedAt is null).ToList());
}
