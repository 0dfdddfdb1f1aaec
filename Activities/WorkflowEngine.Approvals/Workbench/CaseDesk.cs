using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>Reads a case for the case page and receives supplements, both behind the case-visibility rule.</summary>
public sealed class CaseDesk(CaseAccess access, ApprovalsDbContext db, IWorkflowInstanceStore instances, ClockService clocks, SupplementService supplements)
{
    /// <summary>The case page's content for <paramref name="actor"/>; refused with <c>case-not-visible</c> as <see cref="CaseAccess"/> says.</summary>
    public async Task<CaseDossier> OpenAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        var file = await access.OpenAsync(caseNumber, actor, cancellationToken);
        var timeline = await instances.ReadJournalAsync(file.Case.InstanceId, 0, 500, cancellationToken);
        var clock = file.Case.ClockId is { } id ? await clocks.ReadAsync(id, cancellationToken: cancellationToken) : null;
        var tasks = await db.HumanTasks.AsNoTracking().Where(t => t.CaseNumber == caseNumber).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var opinions = tasks.Where(t => t.Status == HumanTaskStatus.Completed).OrderBy(t => t.CompletedAt).ToList();
        var mine = tasks.Where(t => t.DepartmentCode == actor.DepartmentCode && t.Role == actor.Role
            && ((t.Status == HumanTaskStatus.Open && (t.AssignedTo == null || t.AssignedTo == actor.UserId))
                || (t.Status == HumanTaskStatus.Claimed && t.ClaimedBy == actor.UserId))).ToList();
        var package = file.Case.PackageCode is { } code ? await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, cancellationToken) : null;
        var subject = package?.Name ?? string.Join("、", await db.Matters.AsNoTracking().Where(m => file.Case.MatterCodes.Contains(m.Code)).Select(m => m.Name).ToListAsync(cancellationToken));
        return new CaseDossier(file, FormSchema.Fields(package?.FormSchema), subject, timeline.Where(j => IsForPeople(j.Event)).ToList(), clock, opinions, mine);
    }

    /// <summary>Materials handed in later (容缺 or correction), received by a clerk of the service centre.</summary>
    public async Task<Case> ReceiveSupplementAsync(string caseNumber, IReadOnlyList<string> materialCodes, Actor clerk, CancellationToken cancellationToken = default)
    {
        var file = await access.OpenAsync(caseNumber, clerk, cancellationToken);
        if (!file.SeenByServiceCentre || clerk.Role != StaffRole.Clerk)
            throw new TaskRefusedException("task-not-yours", "supplements are received at the service centre's window");
        return await supplements.ReceiveSupplementAsync(caseNumber, materialCodes, clerk.UserId, cancellationToken);
    }

    /// <summary>The journal lines a person reads on the timeline; the engine's own bookkeeping stays out.</summary>
    static bool IsForPeople(string journalEvent) => journalEvent is not (JournalEvents.Suspended or JournalEvents.Resumed or JournalEvents.Completed);
}
