using System.Globalization;

namespace WorkflowEngine.Server.Api;

/// <summary>Reads query and route values by hand, so a malformed one is answered with <c>invalid-query</c> naming it instead of a bare 400.</summary>
internal static class QueryValue
{
    public static string Required(string parameter, string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new InvalidQueryException(parameter, $"'{parameter}' is required.") : text.Trim();

    /// <summary>A calendar date written yyyy-MM-dd.</summary>
    public static DateOnly Date(string parameter, string? text) =>
        DateOnly.TryParseExact(Required(parameter, text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidQueryException(parameter, $"'{parameter}' must be a date written yyyy-MM-dd, such as 2025-09-30; got '{text}'.");

    /// <summary>A whole number from 0 to <paramref name="max"/>.</summary>
    public static int Count(string parameter, string? text, int max) =>
        int.TryParse(Required(parameter, text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : throw new InvalidQueryException(parameter, $"'{parameter}' must be a whole number from 0 to {max}; got '{text}'.");

    /// <summary>An ISO 8601 instant such as 2025-03-14T16:00:00+08:00; without an offset it is read as wall-clock time in <paramref name="zone"/>.</summary>
    /// <remarks>An unescaped '+' in a query string arrives as a space, so a space is read back as '+'.</remarks>
    public static DateTimeOffset Instant(string parameter, string? text, TimeZoneInfo zone)
    {
        var value = Required(parameter, text).Replace(' ', '+');
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant;
        if (DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        throw new InvalidQueryException(parameter,
            $"'{parameter}' must be an ISO 8601 instant such as 2025-03-14T16:00:00+08:00 (write + as %2B in a URL); got '{text}'.");
    }
}
