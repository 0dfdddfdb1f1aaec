using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Waits until a named event is published; at the start of a published flowchart, the event starts new instances.</summary>
[Activity("Elsa", "Primitives", "Waits for a named event.", DisplayName = "等待事件 Event")]
[FlowNode("Done")]
public sealed class Event : Trigger
{
    [Input(Description = "The name of the event to wait for.", Required = true)]
    public Input<string> EventName { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark(context.Get(EventName) ?? throw new InvalidOperationException("the event name is empty"));
        return ValueTask.CompletedTask;
    }

    public override string? GetTriggerStimulus(TriggerContext context) => context.GetLiteral(EventName);
}
