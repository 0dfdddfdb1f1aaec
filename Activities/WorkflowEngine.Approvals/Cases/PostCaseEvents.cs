using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// Puts the case events of a burst (accepted, refused, correction needed, issued, completed, withdrawn) into its outbox,
/// so they commit with the change that caused them or not at all. Read off the case before and after, so no activity
/// has to remember to post them.
/// </summary>
internal sealed class PostCaseEvents(CaseSession session, TimeProvider time) : IBurstObserver
{
    public void BeforeCommit(Burst burst)
    {
        var now = time.GetUtcNow();
        var ordinal = 0;
        foreach (var (@case, before, revision) in session.Written())
            foreach (var type in CaseEvents.Between(before, CaseFacts.Of(@case)))
                // A microsecond apart (what PostgreSQL keeps), so events of one step keep their order in the outbox.
                burst.Outbox.Add(CaseEvents.Message(type, @case, revision, now.AddTicks(10 * ordinal++)));
    }
}
