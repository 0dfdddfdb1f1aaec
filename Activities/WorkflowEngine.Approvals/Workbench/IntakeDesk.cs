using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// The window clerk's counter (综合窗口): takes an application in (the case, its receipt and its workflow) and records
/// the intake decision on the case's intake task — accept, accept with deferred materials, one-time correction
/// notice, or refusal — through the task rules like any other task.
/// </summary>
public sealed class IntakeDesk(CaseService cases, TaskService tasks, ApprovalsDbContext db)
{
    /// <summary>
    /// Takes the application in with the clerk as first contact (首问负责); a package's form must have its required
    /// fields (<c>form-incomplete</c>), and the catalog's own checks follow in <see cref="CaseService"/>.
    /// </summary>
    public async Task<Case> ReceiveAsync(NewCase application, Actor clerk, CancellationToken cancellationToken = default)
    {
        if (clerk.Role != StaffRole.Clerk) throw new TaskRefusedException("task-not-yours", "only a window clerk takes applications in");
        if (application.PackageCode is { } code
            && await db.Packages.AsNoTracking().Where(p => p.Code == code).Select(p => p.FormSchema).FirstOrDefaultAsync(cancellationToken) is { } schema
            && FormSchema.MissingRequired(FormSchema.Fields(schema), application.Form) is { Count: > 0 } missing)
            throw new CaseRefusedException("form-incomplete", $"the form needs: {string.Join("、", missing)}", missing);
        return await cases.CreateAsync(application with { ReceivedBy = clerk.UserId }, cancellationToken);
    }

    /// <summary>
    /// What the window's checklist shows for a package or a matter: each material once (as <see cref="CaseService"/>
    /// checks it), required or not, deferrable or not, and the package's form fields.
    /// </summary>
    public async Task<(IReadOnlyList<Catalog.MatterMaterial> Materials, IReadOnlyList<FormField> Form)> ChecklistAsync(string? packageCode, string? matterCode,
        CancellationToken cancellationToken = default)
    {
        var package = packageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == packageCode, cancellationToken);
        var codes = package?.Members.Select(m => m.MatterCode).ToList() ?? (matterCode is null ? [] : [matterCode]);
        var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(cancellationToken);
        var materials = codes.SelectMany(c => matters.FirstOrDefault(m => m.Code == c)?.Materials ?? [])
            .GroupBy(m => m.Code).Select(g => g.First()).ToList();
        return (materials, FormSchema.Fields(package?.FormSchema));
    }

    /// <summary>
    /// Decides the case's open intake task: <see cref="Activities.UnifiedIntake.Accept"/>,
    /// <see cref="Activities.UnifiedIntake.AcceptWithDeferredMaterials"/>, <see cref="Activities.UnifiedIntake.CorrectionNotice"/>
    /// (field <c>missing</c>) or <see cref="Activities.UnifiedIntake.Refuse"/> (fields <c>reason</c>, <c>legalBasis</c>).
    /// </summary>
    public async Task<WorkflowRunResult> DecideAsync(string caseNumber, Actor clerk, string decision, JsonObject? fields, string? comment,
        CancellationToken cancellationToken = default)
    {
        var task = await db.HumanTasks.AsNoTracking()
            .Where(t => t.CaseNumber == caseNumber && t.Role == StaffRole.Clerk
                && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
            .OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            ?? throw new CaseRefusedException("no-intake-decision", $"case {caseNumber} waits for no intake decision");
        await tasks.ClaimAsync(task.Id, clerk, cancellationToken);
        return await tasks.CompleteAsync(task.Id, clerk, decision, comment, fields, cancellationToken);
    }
}
