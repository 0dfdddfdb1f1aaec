using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Tasks;

/// <summary>
/// Inboxes and the actions people take on tasks. Claim, release and transfer change the task and add a journal line
/// in one transaction; completing resumes the workflow and marks the task completed in the burst's own transaction,
/// so a task is never completed without the case moving on, nor completed twice.
/// </summary>
public sealed class TaskService(ApprovalsDbContext approvals, WorkflowDbContext workflow, IWorkflowInstanceStore instances, WorkflowRuntime runtime, TimeProvider time)
{
    /// <summary>A department's open work for a role, and what the person has claimed, soonest due first.</summary>
    public async Task<IReadOnlyList<HumanTask>> InboxAsync(Actor actor, CancellationToken cancellationToken = default) =>
        await approvals.HumanTasks.AsNoTracking()
            .Where(t => t.DepartmentCode == actor.DepartmentCode && t.Role == actor.Role
                && ((t.Status == HumanTaskStatus.Open && (t.AssignedTo == null || t.AssignedTo == actor.UserId))
                    || (t.Status == HumanTaskStatus.Claimed && t.ClaimedBy == actor.UserId)))
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);

    public async Task<HumanTask> FindAsync(string taskId, CancellationToken cancellationToken = default) =>
        await ApprovalsQueries.For(approvals).TaskById(approvals, taskId, cancellationToken)
        ?? throw TaskRefusedException.NotFound(taskId);

    public async Task<HumanTask> ClaimAsync(string taskId, Actor actor, CancellationToken cancellationToken = default) =>
        await ClaimAsync(await FindAsync(taskId, cancellationToken), actor, cancellationToken);

    /// <summary>Claims a task the caller has just read (and checked); the write still fails if it changed meanwhile.</summary>
    public async Task<HumanTask> ClaimAsync(HumanTask task, Actor actor, CancellationToken cancellationToken = default)
    {
        TaskRules.MayClaim(task, actor);
        if (task.Status == HumanTaskStatus.Claimed) return task; // claiming again is harmless
        task.Status = HumanTaskStatus.Claimed;
        task.ClaimedBy = actor.UserId;
        task.ClaimedAt = Now();
        return await SaveAsync(task, actor, "TaskClaimed", null, cancellationToken);
    }

    public async Task<HumanTask> ReleaseAsync(string taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(taskId, cancellationToken);
        TaskRules.HoldsClaim(task, actor);
        task.Status = HumanTaskStatus.Open;
        task.ClaimedBy = null;
        task.ClaimedAt = null;
        return await SaveAsync(task, actor, "TaskReleased", null, cancellationToken);
    }

    /// <summary>Hands a claimed task to a colleague of the same department and role; only they can claim it then.</summary>
    public async Task<HumanTask> TransferAsync(string taskId, Actor actor, string toUserId, string? comment, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(taskId, cancellationToken);
        TaskRules.HoldsClaim(task, actor);
        if (string.IsNullOrWhiteSpace(toUserId) || toUserId == actor.UserId)
            throw new TaskRefusedException("invalid-transfer", "name a colleague to transfer the task to");
        if (task.ExcludedUsers.Contains(toUserId, StringComparer.Ordinal))
            throw new TaskRefusedException("separation-of-duties", $"{toUserId} reviewed this case and cannot decide it");
        task.Status = HumanTaskStatus.Open;
        task.AssignedTo = toUserId;
        task.ClaimedBy = null;
        task.ClaimedAt = null;
        return await SaveAsync(task, actor, "TaskTransferred", $"to {toUserId}" + (comment is null ? "" : ": " + comment), cancellationToken);
    }

    /// <summary>
    /// Adds an approver (加签). Before: the added person gives an opinion first and the task comes back to its holder.
    /// After: once the holder decides, the added person must sign too, and their decision is the one the workflow gets.
    /// </summary>
    public async Task<HumanTask> AddApproverAsync(string taskId, Actor actor, string approverUserId, bool before, string? comment, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(taskId, cancellationToken);
        TaskRules.HoldsClaim(task, actor);
        if (string.IsNullOrWhiteSpace(approverUserId) || approverUserId == actor.UserId)
            throw new TaskRefusedException("invalid-approver", "name a colleague to add as approver");
        if (task.ExcludedUsers.Contains(approverUserId, StringComparer.Ordinal))
            throw new TaskRefusedException("separation-of-duties", $"{approverUserId} reviewed this case and cannot decide it");
        if (!before)
        {
            task.AddedApprovers.Add(approverUserId);
            return await SaveAsync(task, actor, "ApproverAddedAfter", $"{approverUserId}" + (comment is null ? "" : ": " + comment), cancellationToken);
        }
        // The holder keeps the task, but cannot decide until the added approver's opinion is in.
        var opinion = CoSignTask(task, approverUserId, signsBefore: true);
        await SaveAsync(task, actor, "ApproverAddedBefore", $"{approverUserId}" + (comment is null ? "" : ": " + comment), cancellationToken, added: opinion);
        return opinion;
    }

    /// <summary>Completes a claimed task with one of its outcomes; the workflow moves on in the same transaction.</summary>
    public Task<WorkflowRunResult> CompleteAsync(string taskId, Actor actor, string outcome, string? comment, CancellationToken cancellationToken = default) =>
        CompleteAsync(taskId, actor, outcome, comment, data: null, cancellationToken);

    /// <summary>Completes with the outcome's own fields (e.g. a refusal's reason and legal basis), checked before anything moves.</summary>
    public async Task<WorkflowRunResult> CompleteAsync(string taskId, Actor actor, string outcome, string? comment, JsonObject? data, CancellationToken cancellationToken = default) =>
        await CompleteAsync(await FindAsync(taskId, cancellationToken), actor, outcome, comment, data, cancellationToken);

    /// <summary>
    /// Completes a task the caller has just read (and checked); afterwards the object holds what was written. Reading it
    /// again would cost a round trip for nothing: the write is guarded by the revision it was read at.
    /// </summary>
    public async Task<WorkflowRunResult> CompleteAsync(HumanTask task, Actor actor, string outcome, string? comment, JsonObject? data, CancellationToken cancellationToken = default)
    {
        TaskRules.MayComplete(task, actor, outcome, data);
        if (await ApprovalsQueries.For(approvals).OpinionOwed(approvals, task.Id, cancellationToken))
            throw new TaskRefusedException("waiting-for-added-approver", "an approver added before you has not given an opinion yet");
        if (task.SignsBefore || task.AddedApprovers.Count > 0) return await CoSignAsync(task, actor, outcome, comment, data, cancellationToken);
        var bookmark = await instances.FindBookmarkAsync(task.BookmarkId, cancellationToken)
            ?? throw new TaskRefusedException("task-already-completed", "the task is already completed");
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = actor.UserId;
        task.CompletedAt = Now();
        task.Outcome = outcome;
        task.Comment = comment;
        var input = new JsonObject
        {
            ["taskId"] = task.Id, ["outcome"] = outcome, ["comment"] = comment, ["actor"] = actor.UserId, ["data"] = data?.DeepClone(),
            ["signers"] = new JsonArray((await SignersAsync(task, actor, cancellationToken)).Select(u => (JsonNode)u).ToArray()),
        };
        try
        {
            return await runtime.ResumeAsync(bookmark, input, new ApprovalsChanges().Update(task), cancellationToken);
        }
        catch (BookmarkNotFoundException)
        {
            throw new TaskRefusedException("task-already-completed", "the task is already completed");
        }
        catch (ConcurrencyConflictException)
        {
            throw new TaskRefusedException("task-changed", "someone else changed the task at the same time; reload and try again");
        }
    }

    /// <summary>
    /// Completing where added approvers are involved: an opinion given before hands the task back to its holder; a
    /// decision with approvers still to sign after passes the task on to the next of them. The workflow waits meanwhile.
    /// </summary>
    async Task<WorkflowRunResult> CoSignAsync(HumanTask task, Actor actor, string outcome, string? comment, JsonObject? data, CancellationToken cancellationToken)
    {
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = actor.UserId;
        task.CompletedAt = Now();
        task.Outcome = outcome;
        task.Comment = comment;
        HumanTask? next = null;
        if (!task.SignsBefore)
        {
            next = CoSignTask(task, task.AddedApprovers[0], signsBefore: false);
            next.AddedApprovers = task.AddedApprovers.Skip(1).ToList();
        }
        await SaveAsync(task, actor, "CoSigned", $"{outcome}" + (comment is null ? "" : ": " + comment), cancellationToken, added: next);
        return new WorkflowRunResult(task.InstanceId, WorkflowStatus.Running, WorkflowSubStatus.Suspended, [], []);
    }

    /// <summary>Everyone who signed this step: the person completing it and, up the 加签 chain, those who signed before them.</summary>
    async Task<List<string>> SignersAsync(HumanTask task, Actor actor, CancellationToken cancellationToken)
    {
        var signers = new List<string> { actor.UserId };
        for (var parentId = task.ParentTaskId; parentId is not null;)
        {
            var parent = await FindAsync(parentId, cancellationToken);
            if (parent.CompletedBy is { } signer && !signers.Contains(signer)) signers.Add(signer);
            parentId = parent.ParentTaskId;
        }
        return signers;
    }

    HumanTask CoSignTask(HumanTask task, string approver, bool signsBefore) => new()
    {
        Id = Guid.CreateVersion7().ToString("N"), CaseNumber = task.CaseNumber, InstanceId = task.InstanceId, BookmarkId = task.BookmarkId,
        NodeId = task.NodeId, DepartmentCode = task.DepartmentCode, Role = task.Role, Title = (signsBefore ? "加签意见 " : "加签 ") + task.Title,
        AssignedTo = approver, AllowedOutcomes = [.. task.AllowedOutcomes], RequiredFields = new(task.RequiredFields), ExcludedUsers = [.. task.ExcludedUsers],
        ParentTaskId = task.Id, SignsBefore = signsBefore, AddedBy = task.ClaimedBy ?? task.CompletedBy, CreatedAt = Now(), DueAt = task.DueAt,
    };

    async Task<HumanTask> SaveAsync(HumanTask task, Actor actor, string action, string? message, CancellationToken cancellationToken,
        HumanTask? added = null)
    {
        var changes = new ApprovalsChanges().Update(task);
        if (added is not null) changes.Add(added);
        var journal = new JournalRecord
        {
            InstanceId = task.InstanceId, At = time.GetUtcNow(), Event = action, NodeId = task.NodeId,
            Actor = actor.UserId, Message = message, Data = new JsonObject { ["taskId"] = task.Id }.ToJsonString(),
        };
        try
        {
            await JournaledWrite.WriteAsync(workflow, changes, journal, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new TaskRefusedException("task-changed", "someone else changed the task at the same time; reload and try again");
        }
        return task; // its revision was moved forward by the write
    }

    // Whole microseconds, as PostgreSQL keeps them: a task handed back from memory after a write shows the same
    // instants as any later read of it.
    DateTimeOffset Now() => new(time.GetUtcNow().UtcTicks / 10 * 10, TimeSpan.Zero);
}
