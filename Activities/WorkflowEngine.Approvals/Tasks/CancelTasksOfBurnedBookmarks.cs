using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Tasks;

/// <summary>
/// When a burst burns bookmarks without resuming them (the workflow ended, a branch was cancelled), the tasks that
/// waited on them leave the inboxes in the same transaction: nobody works on a case that no longer needs them.
/// </summary>
internal sealed class CancelTasksOfBurnedBookmarks : IBurstObserver
{
    public void BeforeCommit(Burst burst)
    {
        if (burst.BurnedBookmarkIds.Count > 0) burst.Participants.Add(new Cancellation([.. burst.BurnedBookmarkIds]));
    }

    sealed class Cancellation(IReadOnlyList<string> bookmarkIds) : IBurstParticipant
    {
        // Runs after every other participant, so a task completed in this very burst is already Completed and untouched.
        public async Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken)
        {
            await using var db = ApprovalsContexts.On(transaction.Connection);
            await db.Database.UseTransactionAsync(transaction.Transaction, cancellationToken);
            await db.HumanTasks
                .Where(t => bookmarkIds.Contains(t.BookmarkId) && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, HumanTaskStatus.Cancelled).SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        }
    }
}
