namespace WorkflowEngine.Runtime;

/// <summary>
/// Sees every burst before it commits and may enlist writes of its own, e.g. a domain cancelling the tasks whose
/// bookmarks the burst burned without resuming them (a branch cancelled by an End or a WaitAny join). Scoped: one per burst.
/// </summary>
public interface IBurstObserver
{
    void BeforeCommit(Burst burst);
}
