using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Where a flowchart begins.</summary>
[Activity("Elsa", "Flow", "The start of the flowchart.", DisplayName = "开始 Start")]
public sealed class Start : CodeActivity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context) => ValueTask.CompletedTask;
}
