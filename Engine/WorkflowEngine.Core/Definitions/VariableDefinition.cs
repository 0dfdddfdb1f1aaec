using System.Text.Json.Nodes;

namespace WorkflowEngine.Definitions;

/// <summary>A workflow variable as Elsa declares it; instances keep values by name.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? DefaultValue)
{
    /// <summary>The value a new instance starts with. Elsa stores defaults as text, so typed ones are parsed by the variable's type.</summary>
    public JsonNode? InitialValue()
    {
        if (DefaultValue is not JsonValue value || !value.TryGetValue<string>(out var text)) return DefaultValue?.DeepClone();
        if (text.Length == 0) return null;
        return TypeName switch
        {
            "Boolean" => JsonValue.Create(bool.Parse(text)),
            "Int32" or "Int64" => JsonValue.Create(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
            "Double" or "Decimal" or "Single" => JsonValue.Create(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
            "Object" or "JsonObject" or "ExpandoObject" when text.TrimStart() is ['{' or '[', ..] => JsonNode.Parse(text),
            _ => JsonValue.Create(text),
        };
    }

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
