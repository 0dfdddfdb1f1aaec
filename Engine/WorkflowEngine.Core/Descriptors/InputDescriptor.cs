using System.Text.Json.Nodes;

namespace WorkflowEngine.Descriptors;

/// <summary>An input as Elsa Studio reads it: editor (UI hint), choices, default and whether it is required.</summary>
public sealed record InputDescriptor
{
    public required string Name { get; init; }
    public required string TypeName { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public int Order { get; init; }
    public bool IsBrowsable { get; init; } = true;
    public bool IsSynthetic { get; init; }
    public bool IsWrapped { get; init; } = true;
    public required string UIHint { get; init; }
    public string? Category { get; init; }
    public JsonNode? DefaultValue { get; init; }
    public string DefaultSyntax { get; init; } = "Literal";
    public bool IsReadOnly { get; init; }
    public bool IsSensitive { get; init; }
    public string? StorageDriverType { get; init; }
    /// <summary>Not part of Elsa's shape, but harmless to it: the validator reads it.</summary>
    public bool IsRequired { get; init; }
    public JsonObject? UISpecifications { get; init; }
}

/// <summary>One choice of a dropdown, radio list or check list.</summary>
public sealed record SelectOption(string Text, string Value);

/// <summary>Fills the choices of inputs that name it (e.g. the departments of the catalog) when descriptors are produced.</summary>
public interface IInputOptionsProvider
{
    string Name { get; }
    IReadOnlyList<SelectOption> GetOptions();
}
