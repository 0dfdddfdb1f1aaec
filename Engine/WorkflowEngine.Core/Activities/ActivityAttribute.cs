namespace WorkflowEngine.Activities;

/// <summary>Marks a class as an activity and gives the designer its namespace, palette category and labels.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string @namespace, string category, string? description = null) : Attribute
{
    public string Namespace { get; } = @namespace;
    public string Category { get; } = category;
    public string? Description { get; } = description;

    /// <summary>The type name without the namespace; defaults to the class name.</summary>
    public string? Type { get; init; }
    public string? DisplayName { get; init; }
    public ActivityKind Kind { get; init; } = ActivityKind.Action;
    public int Version { get; init; } = 1;
    public bool IsBrowsable { get; init; } = true;
}
