namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// Which national status a case may move to from which (the construction-approval data feed's codes 1–15). Every move
/// goes through <see cref="Case.MoveTo"/>, so a status no process can reach is refused where it is attempted instead of
/// being written.
/// </summary>
public static class CaseTransitions
{
    static readonly CaseStatus[] Completions =
        [CaseStatus.CompletedApproved, CaseStatus.CompletedApprovedUnderDeferredMaterials, CaseStatus.CompletedNotApproved];

    // A deferred material never supplied returns (4) or terminates (15) the case, also after it was approved under the promise.
    static readonly CaseStatus[] DeferralMissed = [CaseStatus.NotAccepted, CaseStatus.Annulled];

    static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        // A flow with no intake step (accepted elsewhere, e.g. an online pre-check, or 秒批 with no window) goes from
        // received straight to the departments or to a decision.
        [CaseStatus.Received] =
        [
            CaseStatus.Accepted, CaseStatus.CorrectionStarted, CaseStatus.Refused, CaseStatus.Withdrawn, CaseStatus.NotAccepted,
            CaseStatus.Handling, .. Completions,
        ],
        [CaseStatus.CorrectionStarted] =
        [
            CaseStatus.CorrectionEnded, CaseStatus.Accepted, CaseStatus.NotAccepted, CaseStatus.CompletedNotApproved, CaseStatus.Withdrawn,
            CaseStatus.Revoked, CaseStatus.Annulled,
        ],
        [CaseStatus.CorrectionEnded] =
        [
            CaseStatus.Accepted, CaseStatus.CorrectionStarted, CaseStatus.Refused, CaseStatus.Handling, CaseStatus.SpecialProcedureStarted,
            .. Completions, CaseStatus.Withdrawn, CaseStatus.Revoked, .. DeferralMissed,
        ],
        [CaseStatus.Accepted] =
            [CaseStatus.Handling, CaseStatus.CorrectionStarted, CaseStatus.SpecialProcedureStarted, .. Completions, CaseStatus.Revoked, .. DeferralMissed],
        [CaseStatus.Handling] = [CaseStatus.CorrectionStarted, CaseStatus.SpecialProcedureStarted, .. Completions, CaseStatus.Revoked, .. DeferralMissed],
        [CaseStatus.SpecialProcedureStarted] = [CaseStatus.SpecialProcedureEnded, CaseStatus.CompletedNotApproved, CaseStatus.Revoked, .. DeferralMissed],
        [CaseStatus.SpecialProcedureEnded] =
            [CaseStatus.Handling, CaseStatus.SpecialProcedureStarted, CaseStatus.CorrectionStarted, .. Completions, CaseStatus.Revoked, .. DeferralMissed],
        [CaseStatus.CompletedApprovedUnderDeferredMaterials] = [.. DeferralMissed, CaseStatus.Revoked],
    };

    /// <summary>The statuses a case in <paramref name="from"/> may move to (none from a final status).</summary>
    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseStatus from) => Allowed.GetValueOrDefault(from, []);

    /// <summary>Whether the move is allowed; staying where it is always is (a step may confirm the status it finds).</summary>
    public static bool IsAllowed(CaseStatus from, CaseStatus to) => from == to || AllowedFrom(from).Contains(to);

    /// <summary>Statuses from which nothing moves any more.</summary>
    public static bool IsFinal(CaseStatus status) => AllowedFrom(status).Count == 0;
}
