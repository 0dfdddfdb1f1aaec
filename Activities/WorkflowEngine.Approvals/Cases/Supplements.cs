using System.Text.Json.Nodes;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>Materials handed in after the application (deferred ones, or ones a correction asked for), and the stimulus the waiting activities listen to.</summary>
public static class Supplements
{
    /// <summary>The stimulus of <c>Approvals.DeferredMaterialsAcceptance</c> and <c>Approvals.CorrectionNotice</c> waiting for a case's materials.</summary>
    public static string Stimulus(string caseNumber) => "materials:" + caseNumber;

    /// <summary>The statuses after which nothing can be handed in (12, approved under deferred materials, still waits for them).</summary>
    public static bool IsClosed(CaseStatus status) => status is CaseStatus.Withdrawn or CaseStatus.NotAccepted or CaseStatus.Refused
        or CaseStatus.CompletedApproved or CaseStatus.CompletedNotApproved or CaseStatus.Revoked or CaseStatus.Annulled;

    public static JsonObject Input(IEnumerable<(string Code, string Name)> materials, string receivedBy) => new()
    {
        ["materials"] = new JsonArray(materials.Select(m => (JsonNode)new JsonObject { ["code"] = m.Code, ["name"] = m.Name }).ToArray()),
        ["receivedBy"] = receivedBy,
    };

    public static (IReadOnlyList<(string Code, string Name)> Materials, string ReceivedBy) Read(JsonObject input) =>
        ((input["materials"] as JsonArray ?? []).Select(m => ((string)m!["code"]!, (string)m["name"]!)).ToList(), (string?)input["receivedBy"] ?? "unknown");

    /// <summary>Marks the materials received at <paramref name="at"/>, adding those the case did not list yet (asked for in a correction).</summary>
    public static void Mark(Case @case, IEnumerable<(string Code, string Name)> materials, DateTimeOffset at)
    {
        foreach (var (code, name) in materials)
        {
            var index = @case.Materials.FindIndex(m => m.Code == code);
            if (index >= 0) @case.Materials[index] = @case.Materials[index] with { ReceivedAt = at };
            else @case.Materials.Add(new CaseMaterial(code, name, at));
        }
        @case.Materials = [.. @case.Materials]; // a new list, so the JSON column is seen as changed
    }
}
