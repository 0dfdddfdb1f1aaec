using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// Takes in materials handed in after the application (容缺 materials, or those a correction asked for). When an activity
/// waits for them, the case is written inside that activity's burst, so the case and the workflow move together;
/// otherwise the case is written alone with a journal line.
/// </summary>
public sealed class SupplementService(ApprovalsDbContext db, WorkflowDbContext workflow, IWorkflowInstanceStore instances, WorkflowRuntime runtime, TimeProvider time)
{
    static readonly string[] WaitingActivities = ["Approvals.DeferredMaterialsAcceptance", "Approvals.CorrectionNotice"];

    /// <summary>Marks the materials received and resumes the activities waiting for them; refuses unknown codes and closed cases.</summary>
    public async Task<Case> ReceiveSupplementAsync(string caseNumber, IReadOnlyList<string> materialCodes, string receivedBy, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == caseNumber, cancellationToken)
            ?? throw new CaseRefusedException("unknown-case", $"there is no case {caseNumber}");
        if (Supplements.IsClosed(@case.Status))
            throw new CaseRefusedException("case-closed", $"case {caseNumber} is closed ({@case.Status}); nothing can be handed in");
        if (materialCodes.Count == 0 || string.IsNullOrWhiteSpace(receivedBy))
            throw new CaseRefusedException("invalid-supplement", "name the materials handed in and who received them");
        var known = await Supplements.KnownMaterialsAsync(db, @case, cancellationToken);
        var unknown = materialCodes.Where(c => !known.ContainsKey(c)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new CaseRefusedException("unknown-material", $"these materials are not asked for in case {caseNumber}: {string.Join(", ", unknown)}", unknown);
        var materials = materialCodes.Distinct().Select(c => (c, known[c].Name)).ToList();

        var input = Supplements.Input(materials, receivedBy);
        var resumed = false;
        foreach (var activityType in WaitingActivities)
            foreach (var bookmark in await instances.FindBookmarksAsync(activityType, Stimulus.Hash(activityType, Supplements.Stimulus(caseNumber)), cancellationToken))
            {
                try
                {
                    await runtime.ResumeAsync(bookmark, input, cancellationToken); // the activity marks the materials in its burst
                    resumed = true;
                }
                catch (BookmarkNotFoundException) { } // its deadline fired or another node resumed it first
            }
        if (!resumed) await WriteAloneAsync(@case, materials, receivedBy, cancellationToken);
        return await db.Cases.AsNoTracking().FirstAsync(c => c.Number == caseNumber, cancellationToken);
    }

    async Task WriteAloneAsync(Case @case, IReadOnlyList<(string Code, string Name)> materials, string receivedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Supplements.Mark(@case, materials, now);
        var line = new JournalRecord
        {
            InstanceId = @case.InstanceId, At = now, Event = "MaterialsSupplied", Actor = receivedBy,
            Message = "补交材料：" + string.Join("、", materials.Select(m => m.Name)),
            Data = new JsonObject { ["materials"] = new JsonArray(materials.Select(m => (JsonNode)m.Code).ToArray()) }.ToJsonString(),
        };
        try
        {
            await JournaledWrite.WriteAsync(workflow, new ApprovalsChanges().Update(@case), line, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new CaseRefusedException("case-changed", "the case changed at the same time; try again");
        }
    }
}
