using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>One field of a package's form (<c>Package.FormSchema</c>): its name, label, kind and whether it must be filled.</summary>
public sealed record FormField(string Name, string Label, string Type = "text", bool Required = false);

/// <summary>Reads a package's one form and checks a submitted form against it.</summary>
public static class FormSchema
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The fields of a schema; an empty or unreadable schema has none (a matter without a package has no form).</summary>
    public static IReadOnlyList<FormField> Fields(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema)) return [];
        try
        {
            return JsonNode.Parse(schema) is JsonArray ? JsonSerializer.Deserialize<List<FormField>>(schema, Options) ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The labels of required fields left empty.</summary>
    public static IReadOnlyList<string> MissingRequired(IReadOnlyList<FormField> fields, JsonObject? form) =>
        fields.Where(f => f.Required && f.Type != "boolean" && string.IsNullOrWhiteSpace(form?[f.Name]?.ToString())).Select(f => f.Label).ToList();

    /// <summary>
    /// The form as rules should read it: numbers and booleans typed by the schema (a portal may send "1200"), and empty or
    /// null fields left out, so a rule comparing a missing field is false rather than comparing 0 (JavaScript's null).
    /// </summary>
    public static JsonObject Typed(IReadOnlyList<FormField> fields, JsonObject form)
    {
        var types = fields.ToDictionary(f => f.Name, f => f.Type, StringComparer.Ordinal);
        var typed = new JsonObject();
        foreach (var (name, value) in form)
        {
            if (value is null || (value.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>()))) continue;
            typed[name] = (types.GetValueOrDefault(name), value.GetValueKind()) switch
            {
                ("number", JsonValueKind.String) when decimal.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.Number,
                    System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                ("number", JsonValueKind.String) => null,
                ("boolean", JsonValueKind.String) when bool.TryParse(value.GetValue<string>(), out var flag) => JsonValue.Create(flag),
                _ => value.DeepClone(),
            };
            if (typed[name] is null) typed.Remove(name); // a number that is not one is as good as missing
        }
        return typed;
    }
}
