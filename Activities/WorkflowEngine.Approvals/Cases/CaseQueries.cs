using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>Which cases to list; <see cref="WithinDepartments"/> limits them to a caller's departments (null: all).</summary>
public sealed record CaseFilter(
    CaseStatus? Status = null,
    string? MatterCode = null,
    string? PackageCode = null,
    string? DepartmentCode = null,
    ClockLevel? Level = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedTo = null,
    IReadOnlyList<string>? WithinDepartments = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>One page of cases, newest first, and how many match in all.</summary>
public sealed record CasePage(IReadOnlyList<Case> Items, int Page, int PageSize, int TotalCount);

/// <summary>Which tasks to list: a department's (optionally one role's), or one person's (claimed by or transferred to them).</summary>
public sealed record TaskFilter(string? DepartmentCode, StaffRole? Role, string? User, HumanTaskStatus? Status, string? CaseNumber, IReadOnlyList<string>? WithinDepartments);

/// <summary>Reads cases for people and integrators: lists with filters and paging, a case's departments, open tasks and timeline.</summary>
public sealed class CaseQueries(ApprovalsDbContext db, WorkflowDbContext workflow, CaseFaults faults)
{
    /// <summary>The faults (办理异常) that stopped the case's workflow and wait for a retry.</summary>
    public Task<IReadOnlyList<CaseFault>> FaultsAsync(string instanceId, CancellationToken cancellationToken = default) => faults.OfAsync(instanceId, cancellationToken);

    public async Task<CasePage> ListAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var q = db.Cases.AsNoTracking();
        if (filter.Status is { } status) q = q.Where(c => c.Status == status);
        if (filter.PackageCode is { } package) q = q.Where(c => c.PackageCode == package);
        if (filter.MatterCode is { } matter) q = q.Where(c => db.CaseMatters.Any(m => m.CaseNumber == c.Number && m.MatterCode == matter));
        if (filter.DepartmentCode is { } department) q = q.Where(c => db.CaseMatters.Any(m => m.CaseNumber == c.Number && m.DepartmentCode == department));
        if (filter.WithinDepartments is { } within) q = q.Where(c => db.CaseMatters.Any(m => m.CaseNumber == c.Number && within.Contains(m.DepartmentCode)));
        if (filter.ReceivedFrom is { } from) q = q.Where(c => c.ReceivedAt >= from);
        if (filter.ReceivedTo is { } to) q = q.Where(c => c.ReceivedAt < to);
        if (filter.Level is { } level)
        {
            // The level is kept on the clock row by every change and scan; the clocks live in the engine's tables.
            var text = level.ToString();
            var clockIds = await workflow.Clocks.AsNoTracking().Where(k => k.OwnerType == "case" && k.Level == text && k.CompletedAt == null)
                .Select(k => k.Id).ToListAsync(cancellationToken);
            q = q.Where(c => c.ClockId != null && clockIds.Contains(c.ClockId));
        }
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Number)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return new CasePage(items, filter.Page, filter.PageSize, total);
    }

    public async Task<List<string>> DepartmentsAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var departments = new List<string>(2);
        await foreach (var code in ApprovalsQueries.For(db).DepartmentsOfCase(db, caseNumber).WithCancellation(cancellationToken)) departments.Add(code);
        return departments;
    }

    /// <summary>The tasks someone still has to do on the case.</summary>
    public async Task<List<HumanTask>> OpenTasksAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var tasks = new List<HumanTask>();
        await foreach (var task in ApprovalsQueries.For(db).OpenTasksOfCase(db, caseNumber).WithCancellation(cancellationToken)) tasks.Add(task);
        return tasks;
    }

    /// <summary>Tasks, soonest due first (at most 500).</summary>
    public async Task<List<HumanTask>> TasksAsync(TaskFilter filter, CancellationToken cancellationToken = default)
    {
        var q = db.HumanTasks.AsNoTracking();
        if (filter.DepartmentCode is { } department) q = q.Where(t => t.DepartmentCode == department);
        if (filter.WithinDepartments is { } within) q = q.Where(t => within.Contains(t.DepartmentCode));
        if (filter.Role is { } role) q = q.Where(t => t.Role == role);
        if (filter.User is { } user) q = q.Where(t => t.ClaimedBy == user || t.AssignedTo == user || t.CompletedBy == user);
        if (filter.CaseNumber is { } number) q = q.Where(t => t.CaseNumber == number);
        q = filter.Status is { } status ? q.Where(t => t.Status == status)
            : q.Where(t => t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed);
        return await q.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>The case's journal: its workflow's lines and the supervision lines kept under the case number, oldest first.</summary>
    public async Task<List<JournalRecord>> TimelineAsync(Case @case, long afterId, int take, CancellationToken cancellationToken = default) =>
        await workflow.Journal.AsNoTracking().Where(j => (j.InstanceId == @case.InstanceId || j.InstanceId == @case.Number) && j.Id > afterId)
            .OrderBy(j => j.Id).Take(take).ToListAsync(cancellationToken);
}
