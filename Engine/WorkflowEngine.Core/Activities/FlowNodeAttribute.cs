namespace WorkflowEngine.Activities;

/// <summary>Declares the outcomes (out ports) of a flowchart activity, each optionally with a display name as "Name|显示名".</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class FlowNodeAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
