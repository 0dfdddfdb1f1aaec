using System.Text.Json.Nodes;
using WorkflowEngine.Activities;

namespace WorkflowEngine.Descriptors;

/// <summary>What the designer palette, the validator and the API know of an activity type, in Elsa Studio's JSON shape.</summary>
public sealed record ActivityDescriptor
{
    public required string TypeName { get; init; }
    public required string Namespace { get; init; }
    public required string Name { get; init; }
    public int Version { get; init; } = 1;
    public required string Category { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }
    public ActivityKind Kind { get; init; }
    public required IReadOnlyList<Port> Ports { get; init; }
    public JsonObject CustomProperties { get; init; } = [];
    public JsonObject ConstructionProperties { get; init; } = [];
    public bool IsContainer { get; init; }
    public bool IsBrowsable { get; init; } = true;
    public bool IsStart { get; init; }
    public bool IsTerminal { get; init; }
}

/// <summary>An out port of an activity (the in port is always "In").</summary>
public sealed record Port(string Name, string DisplayName, string Type = "Flow", bool IsBrowsable = true);

/// <summary>An output as the designer shows it.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, bool IsBrowsable = true, bool IsSynthetic = false);
