namespace WorkflowEngine.Approvals.Assistance;

/// <summary>
/// One request for administrative assistance (行政协助): which case asked which department for what, when it was due,
/// when and how it was answered. Every request counts toward the assisting department's record.
/// </summary>
public sealed class AssistanceRequest
{
    public required string Id { get; set; }
    public required string CaseNumber { get; set; }
    public required string InstanceId { get; set; }
    public required string ItemCode { get; set; }
    public required string RequestingDepartmentCode { get; set; }
    public required string AssistingDepartmentCode { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>When the due date passed unanswered and the supervisor was asked to step in (督办).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>Answered by the due date; null while unanswered.</summary>
    public bool? OnTime { get; set; }
    /// <summary><c>Provided</c> or <c>Declined</c>; null while unanswered.</summary>
    public string? Outcome { get; set; }
    /// <summary>The result provided, or the reason for declining.</summary>
    public string? Result { get; set; }
    public required string TaskId { get; set; }
    public required string ClockId { get; set; }
    public long Revision { get; set; }
}
