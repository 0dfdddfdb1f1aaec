namespace WorkflowEngine.Approvals.Tasks;

/// <summary>An action on a task that its state or the rules do not allow; <see cref="Code"/> is stable for API clients.</summary>
public sealed class TaskRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static TaskRefusedException NotFound(string taskId) => new("task-not-found", $"task {taskId} does not exist");
}
