using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// Routes the accepted case behind the counter (分办): the departments that decide it, each with only the materials
/// routed to it by the package's distribution rules. Writes the routing to the workflow variables <c>departments</c>
/// and <c>routing</c> for the review steps, marks the case as being handled by the departments, and journals it.
/// </summary>
[Activity("Approvals", "政务审批", "分类审批分办：按目录或套餐材料分发规则分送各部门，各部门只见本部门材料。Routes the case to its departments.",
    DisplayName = "分办 Route to departments")]
[FlowNode("Done")]
public sealed class RouteToDepartments : Activity
{
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        var db = context.GetRequiredService<ApprovalsDbContext>();
        var matters = await db.Matters.AsNoTracking().Where(m => @case.MatterCodes.Contains(m.Code)).ToListAsync(context.CancellationToken);
        var package = @case.PackageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == @case.PackageCode, context.CancellationToken);
        var ordered = @case.MatterCodes.Select(code => matters.First(m => m.Code == code)).ToList();
        var routing = MaterialRouting.For(package, ordered);

        context.SetVariable("departments", new JsonArray(routing.Select(r => (JsonNode)r.Department).ToArray()));
        context.SetVariable("routing", new JsonObject(routing.Select(r =>
            KeyValuePair.Create(r.Department, (JsonNode?)new JsonArray(r.Materials.Select(m => (JsonNode)m).ToArray())))));
        @case.MoveTo(CaseStatus.Handling);
        session.Changed(context, @case);
        context.Journal("Routed", message: string.Join("; ", routing.Select(r => $"{r.Department}: {string.Join(",", r.Materials)}")));
        context.Complete();
    }
}
