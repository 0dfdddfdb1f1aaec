using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// The case-visibility rule (办件可见范围): the service centre sees every case; a department sees a case only when the
/// case was routed to it or it has (or had) a task in it, and then only the materials routed to it. Every workbench
/// read of a case goes through here, whatever the screen offered.
/// </summary>
public sealed class CaseAccess(ApprovalsDbContext db, IWorkflowInstanceStore instances)
{
    /// <summary>The case as <paramref name="actor"/> may see it; refused with <c>case-not-visible</c> otherwise.</summary>
    public async Task<CaseFile> OpenAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == caseNumber, cancellationToken)
            ?? throw new CaseRefusedException("unknown-case", $"there is no case {caseNumber}");
        var centre = await IsServiceCentreAsync(actor.DepartmentCode, cancellationToken);
        var (routed, routing) = await RoutingAsync(@case, cancellationToken);
        if (!centre && !routed.Contains(actor.DepartmentCode)
            && !await db.HumanTasks.AnyAsync(t => t.CaseNumber == caseNumber && t.DepartmentCode == actor.DepartmentCode, cancellationToken))
            throw new CaseRefusedException("case-not-visible", $"case {caseNumber} is not routed to {actor.DepartmentCode}");
        var mine = routing.FirstOrDefault(r => r.Department == actor.DepartmentCode).Materials ?? [];
        var visible = centre ? @case.Materials : @case.Materials.Where(m => mine.Contains(m.Code)).ToList();
        return new CaseFile(@case, centre, visible, routing);
    }

    /// <summary>Throws <c>case-not-visible</c> unless <paramref name="actor"/> may see the case.</summary>
    public async Task DemandAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default) =>
        await OpenAsync(caseNumber, actor, cancellationToken);

    /// <summary>Cases by number, applicant name (part of it) or ID number, newest first, among those the actor may see.</summary>
    public async Task<IReadOnlyList<Case>> SearchAsync(string term, Actor actor, int take = 50, CancellationToken cancellationToken = default)
    {
        term = term.Trim();
        if (term.Length == 0) return [];
        var query = db.Cases.AsNoTracking()
            .Where(c => c.Number == term || c.Applicant.IdNumber == term || c.Applicant.Name.Contains(term));
        if (!await IsServiceCentreAsync(actor.DepartmentCode, cancellationToken))
            query = query.Where(c => db.HumanTasks.Any(t => t.CaseNumber == c.Number && t.DepartmentCode == actor.DepartmentCode));
        return await query.OrderByDescending(c => c.ReceivedAt).Take(take).ToListAsync(cancellationToken);
    }

    public Task<bool> IsServiceCentreAsync(string departmentCode, CancellationToken cancellationToken = default) =>
        db.Departments.AsNoTracking().AnyAsync(d => d.Code == departmentCode && d.IsServiceCentre, cancellationToken);

    /// <summary>
    /// The departments the case was routed to (the workflow's <c>departments</c> variable, empty before routing) and the
    /// materials each receives: the workflow's <c>routing</c> variable, or before routing the package's distribution
    /// rules, so a department deciding ahead of the routing step (the licence before the others) sees its own share.
    /// </summary>
    async Task<(HashSet<string> Routed, IReadOnlyList<(string Department, IReadOnlyList<string> Materials)> Routing)> RoutingAsync(
        Case @case, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(@case.InstanceId, cancellationToken);
        var routed = new HashSet<string>(StringComparer.Ordinal);
        if (instance?.Variables.GetValueOrDefault("departments") is JsonArray departments)
            foreach (var d in departments) if (d?.ToString() is { } code) routed.Add(code);
        if (instance?.Variables.GetValueOrDefault("routing") is JsonObject stored)
            return (routed, stored.Select(kv => (kv.Key, (IReadOnlyList<string>)(kv.Value as JsonArray ?? []).Select(m => m!.ToString()).ToList())).ToList());
        var matters = await db.Matters.AsNoTracking().Where(m => @case.MatterCodes.Contains(m.Code)).ToListAsync(cancellationToken);
        var package = @case.PackageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == @case.PackageCode, cancellationToken);
        var ordered = @case.MatterCodes.Select(code => matters.FirstOrDefault(m => m.Code == code)).OfType<Matter>().ToList();
        return (routed, MaterialRouting.For(package, ordered));
    }
}
