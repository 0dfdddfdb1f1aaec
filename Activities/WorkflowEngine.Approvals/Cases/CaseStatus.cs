namespace WorkflowEngine.Approvals.Cases;

/// <summary>The national case-status set (the construction-approval data feed's codes, which the values keep).</summary>
public enum CaseStatus
{
    Received = 1,
    Withdrawn = 2,
    Accepted = 3,
    NotAccepted = 4,
    Refused = 5,
    CorrectionStarted = 6,
    CorrectionEnded = 7,
    Handling = 8,
    SpecialProcedureStarted = 9,
    SpecialProcedureEnded = 10,
    CompletedApproved = 11,
    CompletedApprovedUnderDeferredMaterials = 12,
    CompletedNotApproved = 13,
    Revoked = 14,
    Annulled = 15,
}
