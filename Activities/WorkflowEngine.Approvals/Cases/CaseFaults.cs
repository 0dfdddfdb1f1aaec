using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>A fault (办理异常) that stopped a case: the step, its name as the designer shows it, a plain explanation, the technical message.</summary>
public sealed record CaseFault(string Step, string StepName, string Explanation, string Message, string ExceptionType, DateTimeOffset At);

/// <summary>A case that stopped on a fault, for the supervisor desk and the operations status.</summary>
public sealed record FaultedCase(string CaseNumber, string ApplicantName, CaseStatus Status, IReadOnlyList<CaseFault> Faults);

/// <summary>
/// Reads the open incidents of a case's workflow as faults people can act on: the case page, the supervisor desk and the
/// operations status all show them, so a stopped case is never silent.
/// </summary>
public sealed class CaseFaults(IWorkflowInstanceStore instances, ActivityRegistry activities, WorkflowDbContext workflow, ApprovalsDbContext approvals,
    WorkflowRuntime runtime)
{
    /// <summary>Cases whose workflow has an open incident, the oldest fault first.</summary>
    public async Task<IReadOnlyList<FaultedCase>> ListAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        var ids = await workflow.Instances.AsNoTracking().Where(i => i.IncidentCount > 0).OrderBy(i => i.UpdatedAt).Take(take)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var cases = await approvals.Cases.AsNoTracking().Where(c => ids.Contains(c.InstanceId)).ToListAsync(cancellationToken);
        var faulted = new List<FaultedCase>();
        foreach (var @case in cases.OrderBy(c => ids.IndexOf(c.InstanceId)))
            faulted.Add(new FaultedCase(@case.Number, @case.Applicant.Name, @case.Status, await OfAsync(@case.InstanceId, cancellationToken)));
        return faulted;
    }

    /// <summary>Runs the faulted steps of a case again, after whoever retries fixed the cause; refused when nothing is faulted.</summary>
    public async Task<IReadOnlyList<CaseFault>> RetryAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var @case = await approvals.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == caseNumber, cancellationToken)
            ?? throw new CaseRefusedException("unknown-case", $"there is no case {caseNumber}");
        if ((await OfAsync(@case.InstanceId, cancellationToken)).Count == 0)
            throw new CaseRefusedException("case-not-faulted", $"case {caseNumber} has no fault to retry");
        await runtime.RetryAsync(@case.InstanceId, cancellationToken);
        return await OfAsync(@case.InstanceId, cancellationToken); // a fault the fix did not cure shows again
    }

    public async Task<IReadOnlyList<CaseFault>> OfAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await instances.FindAsync(instanceId, cancellationToken);
        return instance is null ? [] : instance.Incidents.Where(i => i.ResolvedAt is null).Select(Describe).ToList();
    }

    public CaseFault Describe(Incident incident)
    {
        var name = activities.Find(incident.ActivityType)?.Descriptor.DisplayName ?? incident.ActivityType;
        return new CaseFault(incident.NodeId, name, Explain(name, incident.ExceptionType), incident.Message, incident.ExceptionType, incident.At);
    }

    // People at the centre read Chinese; the technical message stays beside it for whoever fixes the cause.
    static string Explain(string step, string exceptionType) =>
        $"办理异常：“{step}”一步未能完成，办件已停在此步。{Cause(exceptionType)}排除原因后，由系统管理员重试即可继续办理。";

    static string Cause(string exceptionType) => exceptionType switch
    {
        "JavaScriptException" or "SyntaxErrorException" or "JavaScriptSyntaxError" => "原因：流程或事项中的规则表达式无法执行。",
        "CalendarNotFoundException" or "CalendarYearNotLoadedException" => "原因：工作日历缺少所需的日历或年份。",
        "ArgumentException" or "FormatException" => "原因：流程设置或事项目录中的数据不正确（如时限格式）。",
        "DbUpdateException" or "NpgsqlException" or "SqliteException" or "TimeoutException" => "原因：数据库暂时不可用。",
        _ => "原因：流程设置与办件数据不一致。",
    };
}
