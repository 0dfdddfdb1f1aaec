using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Sends a token down every named branch at once.</summary>
[Activity("Elsa", "Branching", "Splits the flow into parallel branches.", DisplayName = "并行分支 Fork")]
[FlowNode]
public sealed class FlowFork : Activity
{
    [Input(Description = "The branch names; each is an out port.", UIHint = UIHints.DynamicOutcomes)]
    public Input<List<string>> Branches { get; set; } = new(new List<string> { "Branch 1", "Branch 2" });

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete([.. context.Get(Branches) ?? []]);
        return ValueTask.CompletedTask;
    }

    // Ports are validated before any instance exists, so only a literal branch list can name them.
    protected override IEnumerable<string> GetDynamicOutcomes() =>
        Branches.Expression is { Type: Expression.Literal or Expression.Object } e
            ? (List<string>?)Runtime.ValueConverter.FromJsonNode(e.Value, typeof(List<string>)) ?? []
            : Branches.Literal ?? [];
}
