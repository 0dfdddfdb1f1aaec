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
}
