using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Ends the workflow when reached, cancelling any branch still waiting (as Elsa 3's End does).</summary>
[Activity("Elsa", "Flow", "Ends the workflow, cancelling any branch still waiting.", DisplayName = "结束 End")]
[FlowNode]
public sealed class End : Activity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CompleteWorkflow();
        return ValueTask.CompletedTask;
    }
}
