using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>Reads query-string and body values strictly, so a typo is told apart from "no filter".</summary>
internal static class QueryText
{
    /// <summary>An enum member by name, any case; numbers are refused (they would bind to anything).</summary>
    public static bool TryEnum<T>(string? text, [NotNullWhen(true)] out T? value) where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? null : Enum.Parse<T>(name);
        return value is not null;
    }

    /// <summary>An ISO 8601 instant; one written without an offset is taken as UTC.</summary>
    public static bool TryInstant(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    public static bool TryInt(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
