namespace WorkflowEngine.Activities;

/// <summary>
/// A step of a flowchart. One object per node of a definition version, shared by every instance,
/// so everything that varies per run lives in the <see cref="ActivityExecutionContext"/>, never in fields.
/// </summary>
public abstract class Activity
{
    /// <summary>The node id within its flowchart.</summary>
    public string Id { get; internal set; } = "";
    public string? Name { get; internal set; }
    /// <summary>The full type name, e.g. "Elsa.FlowDecision".</summary>
    public string Type { get; internal set; } = "";

    /// <summary>Runs when a token reaches the node. Complete with outcomes, create bookmarks, or both not at all if faulting.</summary>
    protected abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Runs when one of the bookmarks this activity created is resumed; by default it completes with "Done".</summary>
    protected virtual ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>Code activities complete on return; others decide when they complete.</summary>
    internal virtual bool CompletesWhenExecuted => false;

    /// <summary>The outcomes this node can produce beyond the static ports, e.g. a fork's named branches.</summary>
    protected virtual IEnumerable<string> GetDynamicOutcomes() => [];

    internal ValueTask RunExecuteAsync(ActivityExecutionContext context) => ExecuteAsync(context);
    internal ValueTask RunResumeAsync(ActivityExecutionContext context) => ResumeAsync(context);
    internal IEnumerable<string> DynamicOutcomes => GetDynamicOutcomes();
}
