using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The case events integrators can subscribe to, and how they are read off a case's change. Each is an outbox message
/// committed with the change that caused it; its id is the event id receivers deduplicate on.
/// </summary>
public static class CaseEvents
{
    public const string Accepted = "case.accepted";
    public const string Refused = "case.refused";
    public const string CorrectionNeeded = "case.correction-needed";
    public const string Completed = "case.completed";
    public const string Issued = "case.issued";
    public const string Overdue = "case.overdue";
    public const string Withdrawn = "case.withdrawn";

    public static readonly IReadOnlyList<string> All = [Accepted, Refused, CorrectionNeeded, Completed, Issued, Overdue, Withdrawn];

    /// <summary>The events between two states of a case, in the order they happened within one step.</summary>
    public static IEnumerable<string> Between(CaseFacts before, CaseFacts after)
    {
        if (after.Status == CaseStatus.CorrectionStarted && before.Status != CaseStatus.CorrectionStarted) yield return CorrectionNeeded;
        if (before.AcceptedAt is null && after.AcceptedAt is not null) yield return Accepted;
        if (IsRefusal(after.Status) && before.Status != after.Status) yield return Refused;
        if (after.Deliveries > before.Deliveries) yield return Issued;
        if (IsCompletion(after.Status) && !IsCompletion(before.Status)) yield return Completed;
        if (IsWithdrawal(after.Status) && !IsWithdrawal(before.Status)) yield return Withdrawn;
    }

    /// <summary>The outbox message of one event; <paramref name="revision"/> is the case's revision after the change, so receivers can order too.</summary>
    public static OutboxMessage Message(string type, Case @case, long revision, DateTimeOffset at) => new(
        Guid.CreateVersion7().ToString("N"), @case.InstanceId, type, new JsonObject
        {
            ["caseNumber"] = @case.Number,
            ["revision"] = revision,
            ["status"] = @case.Status.ToString(),
            ["statusCode"] = (int)@case.Status,
            ["packageCode"] = @case.PackageCode,
            ["matterCodes"] = new JsonArray(@case.MatterCodes.Select(m => (JsonNode)m).ToArray()),
            ["acceptedAt"] = @case.AcceptedAt?.ToUniversalTime(),
            ["completedAt"] = @case.CompletedAt?.ToUniversalTime(),
        }, at);

    static bool IsRefusal(CaseStatus status) => status is CaseStatus.Refused or CaseStatus.NotAccepted;

    static bool IsCompletion(CaseStatus status) =>
        status is CaseStatus.CompletedApproved or CaseStatus.CompletedApprovedUnderDeferredMaterials or CaseStatus.CompletedNotApproved;

    static bool IsWithdrawal(CaseStatus status) => status is CaseStatus.Withdrawn or CaseStatus.Revoked;
}
