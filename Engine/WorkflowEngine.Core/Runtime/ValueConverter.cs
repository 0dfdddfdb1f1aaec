using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>Converts between the JSON values state and expressions hold and the CLR types activities ask for.</summary>
public static class ValueConverter
{
    public static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), WorkflowJson.Options),
    };

    /// <summary>Converts a JSON value to <paramref name="type"/>, accepting strings for numbers, booleans, enums, lists and objects as Elsa literals do.</summary>
    public static object? FromJsonNode(JsonNode? node, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (node is null) return null;
        if (target == typeof(JsonNode) || target == typeof(object)) return node.DeepClone();
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return FromText(value.GetValue<string>(), target);
        if (target == typeof(string))
            return node is JsonValue v && v.GetValueKind() != JsonValueKind.String ? v.ToJsonString() : node.ToJsonString();
        return node.Deserialize(target, WorkflowJson.Options);
    }

    public static object? FromText(string? text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object)) return text;
        if (string.IsNullOrWhiteSpace(text)) return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        text = text.Trim();
        if (target == typeof(bool)) return bool.Parse(text);
        if (target.IsEnum) return Enum.Parse(target, text, ignoreCase: true);
        if (target == typeof(int)) return int.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(long)) return long.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(double)) return double.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(decimal)) return decimal.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(DateOnly)) return DateOnly.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(DateTimeOffset)) return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(TimeSpan)) return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(JsonNode)) return JsonNode.Parse(text);
        if (text.StartsWith('[') || text.StartsWith('{') || text.StartsWith('"'))
            return JsonSerializer.Deserialize(text, target, WorkflowJson.Options);
        // A plain comma-separated list is what designers type into a multi-text box.
        if (target.IsAssignableFrom(typeof(List<string>)) || target == typeof(string[]))
        {
            var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return target == typeof(string[]) ? items : items.ToList();
        }
        return JsonSerializer.Deserialize(JsonSerializer.Serialize(text), target, WorkflowJson.Options);
    }
}
