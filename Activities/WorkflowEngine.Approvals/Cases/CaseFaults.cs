using WorkflowEngine.Descriptors;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>A fault (办理异常) that stopped a case: the step, its name as the designer shows it, a plain explanation, the technical message.</summary>
public sealed record CaseFault(string Step, string StepName, string Explanation, string Message, string ExceptionType, DateTimeOffset At);

/// <summary>
/// Reads the open incidents of a case's workflow as faults people can act on: the case page, the supervisor desk and the
/// operations status all show them, so a stopped case is never silent.
/// </summary>
public sealed class CaseFaults(IWorkflowInstanceStore instances, ActivityRegistry activities)
{
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
