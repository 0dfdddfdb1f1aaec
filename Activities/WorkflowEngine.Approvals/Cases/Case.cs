namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// One application (办件) for a matter or a package: its number, applicant, form and materials, where it stands in the
/// national status set, its clock, its documents and the applicant's rating.
/// </summary>
public sealed class Case
{
    public required string Number { get; set; }
    public string? PackageCode { get; set; }
    public List<string> MatterCodes { get; set; } = [];
    public required Applicant Applicant { get; set; }
    /// <summary>The package's one form as submitted (JSON).</summary>
    public string Form { get; set; } = "{}";
    public List<CaseMaterial> Materials { get; set; } = [];
    /// <summary>Where the case stands in the national status set; changed only through <see cref="MoveTo"/>.</summary>
    public CaseStatus Status { get; private set; } = CaseStatus.Received;
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public required string InstanceId { get; set; }
    public string? ClockId { get; set; }
    public List<CaseDocument> Documents { get; set; } = [];
    /// <summary>The five-level rating (好差评), 1 非常不满意 … 5 非常满意; null until rated.</summary>
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    /// <summary>Who took the case in (first-contact responsibility, 首问负责).</summary>
    public string? ReceivedBy { get; set; }
    public long Revision { get; set; }

    /// <summary>Moves the case to <paramref name="status"/> if <see cref="CaseTransitions"/> allows it from where it stands.</summary>
    /// <exception cref="CaseRefusedException"><c>status-transition-not-allowed</c>: the move is not one any process makes.</exception>
    public void MoveTo(CaseStatus status)
    {
        if (!CaseTransitions.IsAllowed(Status, status))
            throw new CaseRefusedException("status-transition-not-allowed",
                $"case {Number} is {Status} ({(int)Status}) and cannot become {status} ({(int)status}); from {Status} it may become: {string.Join(", ", CaseTransitions.AllowedFrom(Status))}");
        Status = status;
    }
}
