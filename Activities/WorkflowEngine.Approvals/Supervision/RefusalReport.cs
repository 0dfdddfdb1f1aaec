namespace WorkflowEngine.Approvals.Supervision;

/// <summary>
/// A refusal filed with the supervisor (否定报备): the window cannot say no on its own, so every refusal is recorded
/// with the matter, the applicant's contact, the reason and the legal basis, and waits for a supervisor's review.
/// </summary>
public sealed class RefusalReport
{
    public required string Id { get; set; }
    public required string CaseNumber { get; set; }
    public List<string> MatterCodes { get; set; } = [];
    public required string ApplicantName { get; set; }
    public string? ApplicantPhone { get; set; }
    public required string Reason { get; set; }
    public required string LegalBasis { get; set; }
    public required string RefusedBy { get; set; }
    public DateTimeOffset RefusedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    /// <summary>The supervisor's finding, e.g. that the refusal stands or that the applicant must be contacted again.</summary>
    public string? Finding { get; set; }
    public long Revision { get; set; }
}
