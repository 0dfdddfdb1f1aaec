namespace WorkflowEngine.Approvals.Tasks;

/// <summary>Where a human task stands.</summary>
public enum HumanTaskStatus { Open, Claimed, Completed, Cancelled }

/// <summary>The roles people work in (each in a department, or the service centre).</summary>
public enum StaffRole { Clerk, Reviewer, Approver, SingleWindow, Supervisor, Designer, Administrator }

/// <summary>
/// A piece of work for a person: in a department's inbox for a role, claimed by one person, completed with an outcome
/// and a comment. Completing it resumes the workflow at the bookmark it was created with.
/// </summary>
public sealed class HumanTask
{
    public required string Id { get; set; }
    public string? CaseNumber { get; set; }
    public required string InstanceId { get; set; }
    public required string BookmarkId { get; set; }
    public required string NodeId { get; set; }
    public required string DepartmentCode { get; set; }
    public StaffRole Role { get; set; }
    public required string Title { get; set; }
    public HumanTaskStatus Status { get; set; } = HumanTaskStatus.Open;
    /// <summary>The person it was transferred to, if any; only they may claim it then.</summary>
    public string? AssignedTo { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public List<string> AllowedOutcomes { get; set; } = [];
    /// <summary>Fields a completion must carry for an outcome, e.g. a refusal's reason and legal basis.</summary>
    public Dictionary<string, List<string>> RequiredFields { get; set; } = [];
    /// <summary>People who may not act on this task: separation of duties (the reviewer of a case cannot approve it).</summary>
    public List<string> ExcludedUsers { get; set; } = [];
    /// <summary>For an added approver's task (加签): the task it was added to.</summary>
    public string? ParentTaskId { get; set; }
    /// <summary>True when added before the holder decides: completing it records an opinion and hands the task back.</summary>
    public bool SignsBefore { get; set; }
    /// <summary>Who added this approver: the task goes back to them after an opinion given before.</summary>
    public string? AddedBy { get; set; }
    /// <summary>People who must also sign after this task's holder decides (加签 after), in order.</summary>
    public List<string> AddedApprovers { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public long Revision { get; set; }
}
