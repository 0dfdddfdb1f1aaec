using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>How a join waits.</summary>
public enum FlowJoinMode { WaitAny, WaitAll }

/// <summary>
/// Merges branches. WaitAll fires once no live token can still arrive; WaitAny fires on the first arrival and
/// cancels the branches still on their way. Counting tokens rather than activity runs keeps a loop inside a branch correct.
/// </summary>
[Activity("Elsa", "Branching", "Merges parallel branches: waits for all, or for the first.", DisplayName = "汇聚 Join")]
[FlowNode("Done")]
public sealed class FlowJoin : Activity
{
    [Input(Description = "WaitAll: continue when every branch has arrived. WaitAny: continue on the first and cancel the rest.")]
    public Input<FlowJoinMode> Mode { get; set; } = new(FlowJoinMode.WaitAny);

    // The executor handles arrivals itself; a join is never executed like an ordinary activity.
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context) => ValueTask.CompletedTask;

    internal bool WaitsForAny(Runtime.BurstScope scope) => scope.Evaluate(Mode) == FlowJoinMode.WaitAny;
}
