namespace WorkflowEngine.Activities;

/// <summary>Describes an <see cref="Input{T}"/> property to the designer and the validator.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? UIHint { get; init; }
    public string? Category { get; init; }
    /// <summary>Static choices for dropdowns, radio lists and check lists.</summary>
    public string[]? Options { get; init; }
    /// <summary>Names a registered <see cref="Descriptors.IInputOptionsProvider"/> that fills the choices at describe time.</summary>
    public string? OptionsProvider { get; init; }
    public object? DefaultValue { get; init; }
    /// <summary>The expression syntax the designer opens the input with.</summary>
    public string DefaultSyntax { get; init; } = "Literal";
    public bool Required { get; init; }
    public int Order { get; init; }
    public bool IsBrowsable { get; init; } = true;
}
