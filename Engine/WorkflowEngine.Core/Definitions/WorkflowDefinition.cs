using System.Text.Json.Nodes;

namespace WorkflowEngine.Definitions;

/// <summary>
/// One version of a definition. <see cref="Model"/> is the Elsa 3 definition JSON (root flowchart, variables,
/// inputs, options, designer metadata) kept exactly as the designer sent it.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>The id of this version.</summary>
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public required JsonObject Model { get; set; }

    public JsonObject? Root => Model["root"] as JsonObject;
}
