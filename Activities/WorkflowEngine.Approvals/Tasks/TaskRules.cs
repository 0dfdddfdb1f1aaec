namespace WorkflowEngine.Approvals.Tasks;

/// <summary>Who may do what with a task. Checked on the server for every action, whatever the screen showed.</summary>
internal static class TaskRules
{
    public static void MayClaim(HumanTask task, Actor actor)
    {
        MayWorkOn(task, actor);
        if (task.Status == HumanTaskStatus.Completed) throw new TaskRefusedException("task-already-completed", "the task is already completed");
        if (task.Status == HumanTaskStatus.Claimed && task.ClaimedBy != actor.UserId)
            throw new TaskRefusedException("task-claimed-by-another", $"the task is being worked on by {task.ClaimedBy}");
        if (task.AssignedTo is { } assignee && assignee != actor.UserId)
            throw new TaskRefusedException("task-assigned-to-another", $"the task was transferred to {assignee}");
    }

    public static void MayComplete(HumanTask task, Actor actor, string outcome, System.Text.Json.Nodes.JsonObject? data)
    {
        MayWorkOn(task, actor);
        if (task.Status == HumanTaskStatus.Completed) throw new TaskRefusedException("task-already-completed", "the task is already completed");
        if (task.Status != HumanTaskStatus.Claimed || task.ClaimedBy != actor.UserId)
            throw new TaskRefusedException("task-not-claimed", "claim the task before completing it");
        if (!task.AllowedOutcomes.Contains(outcome, StringComparer.Ordinal))
            throw new TaskRefusedException("outcome-not-allowed", $"'{outcome}' is not an outcome of this task; allowed: {string.Join(", ", task.AllowedOutcomes)}");
        var missing = task.RequiredFields.GetValueOrDefault(outcome, [])
            .Where(field => string.IsNullOrWhiteSpace(data?[field]?.ToString())).ToList();
        if (missing.Count > 0)
            throw new TaskRefusedException("completion-incomplete", $"'{outcome}' needs: {string.Join(", ", missing)}");
    }

    public static void HoldsClaim(HumanTask task, Actor actor)
    {
        if (task.Status != HumanTaskStatus.Claimed || task.ClaimedBy != actor.UserId)
            throw new TaskRefusedException("task-not-claimed", "only the person who claimed the task can do this");
    }

    static void MayWorkOn(HumanTask task, Actor actor)
    {
        if (task.Status == HumanTaskStatus.Cancelled) throw new TaskRefusedException("task-cancelled", "the task was cancelled");
        if (task.DepartmentCode != actor.DepartmentCode || task.Role != actor.Role)
            throw new TaskRefusedException("task-not-yours", $"the task belongs to the {task.Role} of {task.DepartmentCode}");
        if (task.ExcludedUsers.Contains(actor.UserId, StringComparer.Ordinal))
            throw new TaskRefusedException("separation-of-duties", "whoever reviewed this case in the department cannot also decide it");
    }
}
