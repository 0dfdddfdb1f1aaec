using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
public sealed class TaskService(ApprovalsDbContext approvals, WorkflowDbContext workflow, WorkflowRuntime runtime, TimeProvider time)
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
        await approvals.HumanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
        ?? throw TaskRefusedException.NotFound(taskId);

    public async Task<HumanTask> ClaimAsync(string taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(taskId, cancellationToken);
        TaskRules.MayClaim(task, actor);
        if (task.Status == HumanTaskStatus.Claimed) return task; // claiming again is harmless
        task.Status = HumanTaskStatus.Claimed;
        task.ClaimedBy = actor.UserId;
        task.ClaimedAt = time.GetUtcNow();
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

    /// <summary>Completes a claimed task with one of its outcomes; the workflow moves on in the same transaction.</summary>
    public Task<WorkflowRunResult> CompleteAsync(string taskId, Actor actor, string outcome, string? comment, CancellationToken cancellationToken = default) =>
        CompleteAsync(taskId, actor, outcome, comment, data: null, cancellationToken);

    /// <summary>Completes with the outcome's own fields (e.g. a refusal's reason and legal basis), checked before anything moves.</summary>
    public async Task<WorkflowRunResult> CompleteAsync(string taskId, Actor actor, string outcome, string? comment, JsonObject? data, CancellationToken cancellationToken = default)
    {
        var task = await FindAsync(taskId, cancellationToken);
        TaskRules.MayComplete(task, actor, outcome, data);
        var bookmark = await workflow.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == task.BookmarkId, cancellationToken)
            ?? throw new TaskRefusedException("task-already-completed", "the task is already completed");
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = actor.UserId;
        task.CompletedAt = time.GetUtcNow();
        task.Outcome = outcome;
        task.Comment = comment;
        var input = new JsonObject { ["taskId"] = task.Id, ["outcome"] = outcome, ["comment"] = comment, ["actor"] = actor.UserId, ["data"] = data?.DeepClone() };
        try
        {
            return await runtime.ResumeAsync(ToBookmark(bookmark), input, new ApprovalsChanges().Update(task), cancellationToken);
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

    async Task<HumanTask> SaveAsync(HumanTask task, Actor actor, string action, string? message, CancellationToken cancellationToken)
    {
        await workflow.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await workflow.Database.BeginTransactionAsync(cancellationToken);
            var tx = transaction.GetDbTransaction();
            await new ApprovalsChanges().Update(task).WriteAsync(new BurstTransaction(tx.Connection!, tx), cancellationToken);
            workflow.Journal.Add(new JournalRecord
            {
                InstanceId = task.InstanceId, At = time.GetUtcNow(), Event = action, NodeId = task.NodeId,
                Actor = actor.UserId, Message = message, Data = new JsonObject { ["taskId"] = task.Id }.ToJsonString(),
            });
            await workflow.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new TaskRefusedException("task-changed", "someone else changed the task at the same time; reload and try again");
        }
        finally
        {
            workflow.ChangeTracker.Clear();
            await workflow.Database.CloseConnectionAsync();
        }
        return task; // its revision was moved forward by the write
    }

    static Bookmark ToBookmark(BookmarkRecord r) =>
        new(r.Id, r.InstanceId, r.ActivityType, r.StimulusHash, r.NodeId, r.TokenId, r.Payload is null ? null : JsonNode.Parse(r.Payload), r.CreatedAt)
        { DueAt = r.DueAt };
}
