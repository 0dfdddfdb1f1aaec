using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Assistance;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>A case whose clock has reached warning, urgent or overdue, and the departments holding its open tasks.</summary>
public sealed record LateCase(string CaseNumber, string ApplicantName, string? PackageCode, ClockLevel Level, DateTimeOffset? DueAt, bool Paused,
    IReadOnlyList<string> HeldBy);

/// <summary>A bad rating (不满意 / 非常不满意) whose rectification task is still open.</summary>
public sealed record BadRating(string CaseNumber, string ApplicantName, int Rating, string? Comment, string Department, DateTimeOffset? DueAt);

/// <summary>
/// The supervisor's view across departments (电子监察): late cases by their clock's light, bad ratings awaiting
/// rectification, and each department's assistance record. Each list is read in a fixed number of queries.
/// </summary>
public sealed class SupervisionDesk(ApprovalsDbContext approvals, WorkflowDbContext workflow, Supervision.RefusalReports refusals, TimeProvider time)
{
    /// <summary>A supervisor's finding on a refusal report (否定报备); nobody else may file one.</summary>
    public Task<Supervision.RefusalReport> ReviewRefusalAsync(string reportId, Actor supervisor, string finding, CancellationToken cancellationToken = default) =>
        supervisor.Role == StaffRole.Supervisor
            ? refusals.ReviewAsync(reportId, supervisor.UserId, finding, cancellationToken)
            : throw new TaskRefusedException("task-not-yours", "only a supervisor reviews refusals");

    static readonly string[] LateLevels = [nameof(ClockLevel.Warning), nameof(ClockLevel.Urgent), nameof(ClockLevel.Overdue)];

    /// <summary>Running case clocks at warning or worse (or past their due date since the last scan), the most urgent first.</summary>
    public async Task<IReadOnlyList<LateCase>> LateCasesAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var clocks = await workflow.Clocks.AsNoTracking()
            .Where(c => c.OwnerType == "case" && c.CompletedAt == null && (LateLevels.Contains(c.Level) || c.DueAt < now))
            .OrderBy(c => c.DueAt).Take(take)
            .Select(c => new { c.OwnerId, c.Level, c.DueAt, c.IsPaused }).ToListAsync(cancellationToken);
        var numbers = clocks.Select(c => c.OwnerId).ToList();
        var cases = await approvals.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number))
            .Select(c => new { c.Number, c.Applicant.Name, c.PackageCode }).ToDictionaryAsync(c => c.Number, cancellationToken);
        var holders = (await approvals.HumanTasks.AsNoTracking()
                .Where(t => numbers.Contains(t.CaseNumber!) && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .Select(t => new { t.CaseNumber, t.DepartmentCode }).ToListAsync(cancellationToken))
            .ToLookup(t => t.CaseNumber!, t => t.DepartmentCode);
        return clocks.Where(c => cases.ContainsKey(c.OwnerId)).Select(c =>
        {
            var level = Enum.TryParse<ClockLevel>(c.Level, out var l) ? l : ClockLevel.Normal;
            if (c.DueAt < now) level = ClockLevel.Overdue;
            var @case = cases[c.OwnerId];
            return new LateCase(c.OwnerId, @case.Name, @case.PackageCode, level, c.DueAt, c.IsPaused, holders[c.OwnerId].Distinct().ToList());
        }).OrderByDescending(c => c.Level).ThenBy(c => c.DueAt).ToList();
    }

    /// <summary>Bad ratings whose rectification (整改) task is open, the soonest due first.</summary>
    public async Task<IReadOnlyList<BadRating>> BadRatingsAsync(CancellationToken cancellationToken = default)
    {
        var tasks = await approvals.HumanTasks.AsNoTracking()
            .Where(t => t.Title.StartsWith("整改") && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
            .Select(t => new { t.CaseNumber, t.DepartmentCode, t.DueAt }).ToListAsync(cancellationToken);
        var numbers = tasks.Select(t => t.CaseNumber).OfType<string>().ToList();
        var cases = await approvals.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number) && c.Rating <= 2)
            .Select(c => new { c.Number, c.Applicant.Name, c.Rating, c.RatingComment }).ToDictionaryAsync(c => c.Number, cancellationToken);
        return tasks.Where(t => t.CaseNumber is not null && cases.ContainsKey(t.CaseNumber))
            .Select(t =>
            {
                var c = cases[t.CaseNumber!];
                return new BadRating(c.Number, c.Name, c.Rating ?? 0, c.RatingComment, t.DepartmentCode, t.DueAt);
            })
            .OrderBy(r => r.DueAt).ToList();
    }

    /// <summary>Every department's assistance record over [from, to): requests received, answered on time, late, pending.</summary>
    public async Task<IReadOnlyList<DepartmentAssistanceRecord>> AssistanceRecordsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var requests = await approvals.AssistanceRequests.AsNoTracking()
            .Where(r => r.RequestedAt >= from && r.RequestedAt < to).OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        var departments = await approvals.Departments.AsNoTracking().Where(d => !d.IsServiceCentre).OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(cancellationToken);
        return departments.Select(d => AssistanceRecord.Summarise(d, from, to, requests.Where(r => r.AssistingDepartmentCode == d).ToList(), time.GetUtcNow())).ToList();
    }
}
