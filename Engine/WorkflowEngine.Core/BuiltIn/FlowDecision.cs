using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Takes the True or the False port depending on a condition.</summary>
[Activity("Elsa", "Branching", "Evaluates a condition and continues on True or False.", DisplayName = "判断 Decision")]
[FlowNode("True", "False")]
public sealed class FlowDecision : Activity
{
    [Input(Description = "The condition, usually a JavaScript expression.", DefaultSyntax = "JavaScript", Required = true, UIHint = UIHints.SingleLine)]
    public Input<bool> Condition { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete(context.Get(Condition) ? "True" : "False");
        return ValueTask.CompletedTask;
    }
}
