using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// Administrative assistance asked for from the workbench (行政协助): a department working on a case picks an item of
/// the assistance list it may ask under, and a small workflow of its own (<c>workbench-assistance</c>, correlated to
/// the case) runs <c>Approvals.AssistanceHandOff</c>: the assisting department's task, its clock, the case clock paused
/// where the matter says so, escalation when late, and the department's assistance record.
/// </summary>
public sealed class AssistanceDesk(ApprovalsDbContext db, CaseAccess access, IWorkflowDefinitionStore definitions,
    WorkflowDefinitionService publisher, WorkflowRuntime runtime)
{
    public const string DefinitionId = "workbench-assistance";

    /// <summary>The items of the assistance list the actor's department may ask under.</summary>
    public Task<List<AssistanceItem>> ItemsForAsync(Actor actor, CancellationToken cancellationToken = default) =>
        db.AssistanceItems.AsNoTracking().Where(a => a.RequestingDepartmentCode == actor.DepartmentCode).OrderBy(a => a.Code).ToListAsync(cancellationToken);

    /// <summary>Asks for assistance on a case the actor is working on (a claimed task of theirs), under an item of their department.</summary>
    public async Task<WorkflowRunResult> RequestAsync(string caseNumber, Actor actor, string itemCode, CancellationToken cancellationToken = default)
    {
        await access.DemandAsync(caseNumber, actor, cancellationToken);
        if (!await db.HumanTasks.AnyAsync(t => t.CaseNumber == caseNumber && t.Status == HumanTaskStatus.Claimed && t.ClaimedBy == actor.UserId, cancellationToken))
            throw new TaskRefusedException("task-not-claimed", "only someone working on the case can ask for assistance");
        var item = await db.AssistanceItems.AsNoTracking().FirstOrDefaultAsync(a => a.Code == itemCode, cancellationToken)
            ?? throw new CaseRefusedException("unknown-assistance-item", $"there is no assistance item {itemCode}");
        if (item.RequestingDepartmentCode != actor.DepartmentCode)
            throw new CaseRefusedException("assistance-item-not-yours", $"{item.Code} is asked for by {item.RequestingDepartmentCode}, not {actor.DepartmentCode}");
        await PublishAsync(cancellationToken);
        return await runtime.StartAsync(DefinitionId, new StartRequest(new JsonObject { ["caseNumber"] = caseNumber, ["itemCode"] = item.Code,
            ["requestedBy"] = actor.UserId }, caseNumber, $"行政协助 {caseNumber}"), cancellationToken: cancellationToken);
    }

    /// <summary>Publishes the assistance workflow the first time it is needed (another node may win the race: then it exists).</summary>
    async Task PublishAsync(CancellationToken cancellationToken)
    {
        if ((await definitions.ListVersionsAsync(DefinitionId, cancellationToken)).Count > 0) return;
        await using var stream = typeof(AssistanceDesk).Assembly.GetManifestResourceStream("WorkflowEngine.Approvals.Workbench.workbench-assistance.json")!;
        try
        {
            await publisher.SaveAsync(DefinitionId, (JsonObject)JsonNode.Parse(stream)!, publish: true, cancellationToken);
        }
        catch (DbUpdateException) { }
    }
}
