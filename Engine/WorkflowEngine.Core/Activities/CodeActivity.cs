namespace WorkflowEngine.Activities;

/// <summary>An activity that completes with "Done" as soon as <see cref="ExecuteAsync"/> returns, unless it completed itself.</summary>
[FlowNode("Done")]
public abstract class CodeActivity : Activity
{
    internal override bool CompletesWhenExecuted => true;
}
