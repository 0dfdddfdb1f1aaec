using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Server.Endpoints.Cases;

/// <summary>An application: a package or matters, the applicant, the one form, materials handed in and deferred (容缺).</summary>
public sealed record CreateCaseRequest(
    Applicant? Applicant,
    string? PackageCode,
    IReadOnlyList<string>? MatterCodes,
    JsonObject? Form,
    IReadOnlyList<string>? MaterialsReceived,
    IReadOnlyList<string>? MaterialsDeferred,
    string? DeferralDeadline,
    string? ReceivedBy)
{
    public NewCase ToNewCase() => new(Applicant ?? throw new CaseRefusedException("invalid-applicant", "the applicant is required"),
        PackageCode, MatterCodes, Form, MaterialsReceived, MaterialsDeferred, ReceivedBy)
    {
        DeferralDeadline = DeferralDeadline,
    };
}

/// <summary>Materials handed in after the application (deferred ones, or those a correction asked for), and who received them.</summary>
public sealed record SupplementRequest(IReadOnlyList<string>? Materials, string? ReceivedBy);

/// <summary>The applicant withdraws the application; who asked and why.</summary>
public sealed record WithdrawalRequest(string? RequestedBy, string? Reason);

/// <summary>The applicant's rating (好差评): a level from 1 (非常不满意) to 5 (非常满意), a comment, and whether it was given by name.</summary>
public sealed record RatingRequest(int? Level, string? Comment, bool? RealName);
