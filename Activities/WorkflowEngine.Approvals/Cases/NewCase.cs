using System.Text.Json.Nodes;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// An application as the window or an integrator submits it: a package or matters, the applicant, the one form, the
/// materials handed in and those deferred under a signed commitment.
/// </summary>
public sealed record NewCase(
    Applicant Applicant,
    string? PackageCode = null,
    IReadOnlyList<string>? MatterCodes = null,
    JsonObject? Form = null,
    IReadOnlyList<string>? MaterialsReceived = null,
    IReadOnlyList<string>? MaterialsDeferred = null,
    string? ReceivedBy = null)
{
    /// <summary>The workflow that runs the case, when not the package's own.</summary>
    public string? WorkflowDefinitionId { get; init; }

    /// <summary>
    /// How long the applicant has to hand in the deferred materials, in working time from receipt (e.g. "3d"); it may not
    /// exceed the committed limit. Without it, <c>Approvals.DeferredMaterialsAcceptance</c> uses its own deadline input.
    /// </summary>
    public string? DeferralDeadline { get; init; }
}
