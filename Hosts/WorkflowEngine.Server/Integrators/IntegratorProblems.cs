using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Integrators;

/// <summary>Refusals of cases, tasks, keys and subscriptions as problem details, each with its stable code.</summary>
internal static class IntegratorProblems
{
    static readonly HashSet<string> CaseConflicts = ["case-closed", "case-changed", "not-awaiting-rating", "case-not-faulted", "status-transition-not-allowed"];
    static readonly HashSet<string> TaskForbidden = ["task-not-yours", "separation-of-duties", "task-assigned-to-another"];
    static readonly HashSet<string> TaskConflicts =
        ["task-claimed-by-another", "task-not-claimed", "task-already-completed", "task-cancelled", "task-changed", "waiting-for-added-approver"];
    static readonly HashSet<string> IntegratorConflicts = ["idempotency-key-reused", "delivery-pending"];

    public static ProblemHttpResult? For(Exception exception) => exception switch
    {
        CaseRefusedException e when e.Code == "unknown-case" => Problem.NotFound(e.Code, "No such case.", e.Message),
        CaseRefusedException e when CaseConflicts.Contains(e.Code) => Problem.Conflict(e.Code, "The case's state does not allow this.", e.Message),
        CaseRefusedException e => Problem.BadRequest(e.Code, "The application or action was refused; nothing was changed.", e.Message,
            new Dictionary<string, object?> { ["problems"] = e.Problems }),
        TaskRefusedException e when e.Code == "task-not-found" => Problem.NotFound(e.Code, "No such task.", e.Message),
        TaskRefusedException e when TaskForbidden.Contains(e.Code) => Problem.Of(StatusCodes.Status403Forbidden, e.Code, "This person may not act on the task.", e.Message),
        TaskRefusedException e when TaskConflicts.Contains(e.Code) => Problem.Conflict(e.Code, "The task's state does not allow this.", e.Message),
        TaskRefusedException e => Problem.BadRequest(e.Code, "The task action is not valid.", e.Message),
        IntegratorRefusedException e when e.NotFound => Problem.NotFound(e.Code, "Not found.", e.Message),
        IntegratorRefusedException e when e.Code == "department-not-allowed" => Problem.Of(StatusCodes.Status403Forbidden, e.Code, "The API key does not cover this department.", e.Message),
        IntegratorRefusedException e when IntegratorConflicts.Contains(e.Code) => Problem.Conflict(e.Code, "This conflicts with an earlier request.", e.Message),
        IntegratorRefusedException e => Problem.BadRequest(e.Code, "The request is not valid.", e.Message),
        _ => null,
    };
}
