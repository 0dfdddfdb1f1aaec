using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>What a person did with a task, as the task service hands it to the waiting activity.</summary>
public sealed record TaskCompletion(string TaskId, string Outcome, string? Comment, string Actor, System.Text.Json.Nodes.JsonObject Data)
{
    /// <summary>Everyone who signed the step (the completer and any approvers added to it, 加签).</summary>
    public IReadOnlyList<string> Signers { get; init; } = [Actor];

    public string? Field(string name) => Data[name]?.ToString();
}

/// <summary>
/// Base of activities that wait for people: opening a task writes it with the burst (so the inbox and the workflow
/// never disagree) and waits on a bookmark the task service resumes when the task is completed.
/// </summary>
public abstract class HumanTaskActivity : Activity
{
    protected static HumanTask OpenTask(ActivityExecutionContext context, string departmentCode, StaffRole role, string title,
        IReadOnlyList<string> outcomes, DateTimeOffset? dueAt = null, IEnumerable<string>? excludedUsers = null,
        Dictionary<string, List<string>>? requiredFields = null)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var bookmark = context.CreateBookmark("task:" + id);
        var task = new HumanTask
        {
            Id = id, CaseNumber = context.CorrelationId, InstanceId = context.InstanceId, BookmarkId = bookmark.Id,
            NodeId = context.NodeId, DepartmentCode = departmentCode, Role = role, Title = title,
            AllowedOutcomes = [.. outcomes], ExcludedUsers = [.. excludedUsers ?? []], CreatedAt = context.Now, DueAt = dueAt,
            RequiredFields = requiredFields ?? [],
        };
        context.Enlist(new ApprovalsChanges().Add(task));
        context.Journal("TaskOpened", message: $"{role} of {departmentCode}: {title}",
            data: new System.Text.Json.Nodes.JsonObject { ["taskId"] = id, ["department"] = departmentCode, ["role"] = role.ToString() });
        return task;
    }

    /// <summary>The completion this resume carries, journaled with who and why.</summary>
    protected static TaskCompletion Completion(ActivityExecutionContext context)
    {
        var input = context.ResumeInput ?? throw new InvalidOperationException("a task was resumed without its completion");
        var completion = new TaskCompletion((string)input["taskId"]!, (string)input["outcome"]!, (string?)input["comment"], (string)input["actor"]!,
            input["data"] as System.Text.Json.Nodes.JsonObject ?? [])
        {
            Signers = input["signers"] is System.Text.Json.Nodes.JsonArray signers ? signers.Select(s => (string)s!).ToList() : [(string)input["actor"]!],
        };
        context.Journal("TaskCompleted", completion.Actor, completion.Outcome, completion.Comment,
            new System.Text.Json.Nodes.JsonObject { ["taskId"] = completion.TaskId });
        return completion;
    }
}
