using System.Data.Common;
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

    sealed class Cancellation(IReadOnlyList<string> bookmarkIds) : IBurstStatements
    {
        // Runs after every other participant, so a task completed in this very burst is already Completed and untouched.
        public IReadOnlyList<BurstStatement> Statements(DbConnection connection)
        {
            var m = ApprovalsContexts.Statements(connection);
            var status = m.Column<HumanTask>(nameof(HumanTask.Status));
            var revision = m.Column<HumanTask>(nameof(HumanTask.Revision));
            var ids = string.Join(", ", bookmarkIds.Select((_, i) => m.Placeholder(3 + i)));
            var sql = $"UPDATE {m.Table<HumanTask>()} SET {status} = {m.Placeholder(0)}, {revision} = {revision} + 1 " +
                $"WHERE {status} IN ({m.Placeholder(1)}, {m.Placeholder(2)}) AND {m.Column<HumanTask>(nameof(HumanTask.BookmarkId))} IN ({ids})";
            object? Status(HumanTaskStatus s) => m.Value<HumanTask>(nameof(HumanTask.Status), s);
            return [new BurstStatement(sql, [Status(HumanTaskStatus.Cancelled), Status(HumanTaskStatus.Open), Status(HumanTaskStatus.Claimed), .. bookmarkIds])];
        }
    }
}
