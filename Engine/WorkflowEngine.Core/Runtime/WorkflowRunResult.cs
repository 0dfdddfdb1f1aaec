namespace WorkflowEngine.Runtime;

/// <summary>Where an instance stands after a burst: its status, the bookmarks it waits on, its open incidents.</summary>
public sealed record WorkflowRunResult(
    string InstanceId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<Incident> Incidents)
{
    internal static WorkflowRunResult From(Burst burst, IReadOnlyList<Bookmark> bookmarks) => new(
        burst.Instance.Id, burst.Instance.Status, burst.Instance.SubStatus, bookmarks,
        burst.Instance.Incidents.Where(i => i.ResolvedAt is null).ToList());
}
