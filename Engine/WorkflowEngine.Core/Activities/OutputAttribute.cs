namespace WorkflowEngine.Activities;

/// <summary>Describes an <see cref="Output{T}"/> property to the designer.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
}
