using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Endpoints.Cases;
using WorkflowEngine.Server.Integrators;

namespace WorkflowEngine.Server.Endpoints.Tasks;

/// <summary>
/// Human tasks for integrators: list, claim, release, complete, under the rules of <see cref="TaskService"/>. The acting
/// person is named in the request; the key must cover the task's department.
/// </summary>
internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListTasks").WithSummary("Open tasks of a department (one role) or of one person · 待办").ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireApiKey(ApiScopes.Tasks);
        group.MapGet("/{id}", Get).WithName("GetTask").WithSummary("One task").ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.Tasks);
        group.MapPost("/{id}/claim", Claim).WithName("ClaimTask").WithSummary("Claim a task for a person · 签收").Refusals().RequireApiKey(ApiScopes.Tasks);
        group.MapPost("/{id}/release", Release).WithName("ReleaseTask").WithSummary("Put a claimed task back in the inbox · 退回待办").Refusals().RequireApiKey(ApiScopes.Tasks);
        group.MapPost("/{id}/complete", Complete).WithName("CompleteTask").WithSummary("Complete a claimed task with an outcome and a comment · 办结").Refusals()
            .RequireApiKey(ApiScopes.Tasks);
        return group;
    }

    static RouteHandlerBuilder Refusals(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<Ok<List<TaskResponse>>> List(ApiCaller caller, CaseQueries queries, string? department, string? role, string? user, string? status,
        string? caseNumber, CancellationToken cancellationToken)
    {
        if (department is null && user is null && caseNumber is null)
            throw new InvalidQueryException("department", "name a department, a user or a case number");
        if (department is not null) caller.MustCoverAny([department], $"department {department}");
        var tasks = await queries.TasksAsync(new TaskFilter(department, Parse<StaffRole>("role", role), user, Parse<HumanTaskStatus>("status", status), caseNumber,
            caller.DepartmentFilter), cancellationToken);
        return TypedResults.Ok(tasks.Select(TaskResponse.From).ToList());
    }

    static async Task<Ok<TaskResponse>> Get(string id, ApiCaller caller, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(TaskResponse.From(await MineAsync(id, caller, tasks, cancellationToken)));

    static async Task<Ok<TaskResponse>> Claim(string id, TaskActionRequest action, ApiCaller caller, TaskService tasks, CancellationToken cancellationToken)
    {
        var task = await MineAsync(id, caller, tasks, cancellationToken);
        return TypedResults.Ok(TaskResponse.From(await tasks.ClaimAsync(task, action.ActorFor(task), cancellationToken)));
    }

    static async Task<Ok<TaskResponse>> Release(string id, TaskActionRequest action, ApiCaller caller, TaskService tasks, CancellationToken cancellationToken)
    {
        var task = await MineAsync(id, caller, tasks, cancellationToken);
        return TypedResults.Ok(TaskResponse.From(await tasks.ReleaseAsync(id, action.ActorFor(task), cancellationToken)));
    }

    static async Task<Ok<TaskCompletedResponse>> Complete(string id, TaskCompletionRequest completion, ApiCaller caller, TaskService tasks,
        CancellationToken cancellationToken)
    {
        var task = await MineAsync(id, caller, tasks, cancellationToken);
        if (string.IsNullOrWhiteSpace(completion.Outcome)) throw new TaskRefusedException("outcome-not-allowed", "name the outcome");
        var actor = new TaskActionRequest(completion.User, completion.Role).ActorFor(task);
        var run = await tasks.CompleteAsync(task, actor, completion.Outcome, completion.Comment, completion.Data, cancellationToken);
        return TypedResults.Ok(new TaskCompletedResponse(TaskResponse.From(task), run.InstanceId, run.Status.ToString()));
    }

    /// <summary>The task, if the key covers its department (otherwise 403 <c>department-not-allowed</c>).</summary>
    static async Task<HumanTask> MineAsync(string id, ApiCaller caller, TaskService tasks, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(id, cancellationToken);
        caller.MustCoverAny([task.DepartmentCode], $"task {id}");
        return task;
    }

    static T? Parse<T>(string parameter, string? text) where T : struct, Enum =>
        text is null ? null
        : Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _) ? value
        : throw new InvalidQueryException(parameter, $"'{parameter}' must be one of {string.Join(", ", Enum.GetNames<T>())}; got '{text}'.");
}

/// <summary>Who acts: the person's user id and, when not the task's own, the role they act in.</summary>
public sealed record TaskActionRequest(string? User, StaffRole? Role)
{
    public Actor ActorFor(HumanTask task) => string.IsNullOrWhiteSpace(User)
        ? throw new TaskRefusedException("invalid-actor", "name the user who acts")
        : new Actor(User.Trim(), task.DepartmentCode, Role ?? task.Role);
}

/// <summary>A completion: who, the outcome, a comment, and the outcome's fields (a refusal's reason and legal basis …).</summary>
public sealed record TaskCompletionRequest(string? User, StaffRole? Role, string? Outcome, string? Comment, JsonObject? Data);

/// <summary>The completed task and where its workflow stands now.</summary>
public sealed record TaskCompletedResponse(TaskResponse Task, string InstanceId, string WorkflowStatus);
