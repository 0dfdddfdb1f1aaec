using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Elsa;

/// <summary>
/// Reads Elsa's query values. Studio writes them in PascalCase or camelCase (Refit), repeats list keys
/// (<c>DefinitionIds=a&amp;DefinitionIds=b</c>) and sends version options as a name or a version number.
/// </summary>
internal static class ElsaQuery
{
    public static string? Text(HttpRequest request, string key) => request.Query.TryGetValue(key, out var values) ? values.ToString() : null;

    public static IReadOnlyList<string> List(HttpRequest request, string key) =>
        request.Query.TryGetValue(key, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList() : [];

    public static int Number(HttpRequest request, string key, int fallback, int max)
    {
        var text = Text(request, key);
        return string.IsNullOrWhiteSpace(text) ? fallback : QueryValue.Count(key, text, max);
    }

    /// <summary>Version options as Elsa writes them: Latest, Published, LatestOrPublished, LatestAndPublished, AllVersions, Draft, or a number.</summary>
    public static VersionChoice Version(string? text, VersionOptions fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(fallback, null);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return new(VersionOptions.AllVersions, number);
        return text.Trim().ToLowerInvariant() switch
        {
            "latest" or "draft" => new(VersionOptions.Latest, null),
            "published" => new(VersionOptions.Published, null),
            "latestorpublished" or "latestandpublished" => new(VersionOptions.LatestOrPublished, null),
            "allversions" => new(VersionOptions.AllVersions, null),
            _ => throw new InvalidQueryException("versionOptions", $"'{text}' is not a version option (Latest, Published, LatestOrPublished, AllVersions or a version number)."),
        };
    }

    public static VersionChoice Version(JsonNode? node, VersionOptions fallback) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? new(VersionOptions.AllVersions, number) : Version(node?.ToString(), fallback);

    public static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList() : [];
}

/// <summary>Which version a request means: a specific number, or what the options select.</summary>
internal readonly record struct VersionChoice(VersionOptions Options, int? Number);
