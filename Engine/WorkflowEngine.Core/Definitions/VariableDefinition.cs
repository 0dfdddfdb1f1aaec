using System.Text.Json.Nodes;

namespace WorkflowEngine.Definitions;

/// <summary>A workflow variable as Elsa declares it; instances keep values by name.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? DefaultValue)
{
    public static IReadOnlyList<VariableDefinition> ReadAll(JsonObject model) =>
        (model["variables"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .Select(v => new VariableDefinition(
            (string?)v["id"] ?? (string?)v["name"] ?? "",
            (string?)v["name"] ?? (string?)v["id"] ?? "",
            (string?)v["typeName"] ?? "Object",
            v["value"]?.DeepClone()))
        .Where(v => v.Name.Length > 0)
        .ToList();
}
