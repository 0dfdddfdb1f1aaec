using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;

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

    /// <summary>
    /// Every material the case's matters ask for and the case's own, by code: what a correction may ask for, a supplement
    /// may bring and a notice may name. A material only the case lists (asked for in a correction) has no form of its own.
    /// </summary>
    public static async Task<Dictionary<string, MatterMaterial>> KnownMaterialsAsync(ApprovalsDbContext db, Case @case, CancellationToken cancellationToken)
    {
        var matters = await db.Matters.AsNoTracking().Where(m => @case.MatterCodes.Contains(m.Code)).ToListAsync(cancellationToken);
        var known = new Dictionary<string, MatterMaterial>(StringComparer.Ordinal);
        foreach (var m in matters.SelectMany(m => m.Materials)) known.TryAdd(m.Code, m);
        foreach (var m in @case.Materials) known.TryAdd(m.Code, new MatterMaterial(m.Code, m.Name));
        return known;
    }

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
