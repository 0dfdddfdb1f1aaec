using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Calendar;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>The alert list's query string, taken as text so that every bad value gets the same problem code.</summary>
public sealed record AlertListParameters(
    [FromQuery(Name = "state")] string? State,
    [FromQuery(Name = "level")] string? Level,
    [FromQuery(Name = "ownerType")] string? OwnerType,
    [FromQuery(Name = "ownerId")] string? OwnerId,
    [FromQuery(Name = "clockId")] string? ClockId,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The query, or a 400 problem with code <c>invalid-query</c> naming the first bad value.</summary>
    public bool TryParse(out AlertQuery query, out ProblemHttpResult? problem)
    {
        var error = Read(out query);
        problem = error is null ? null : Problem.BadRequest("invalid-query", "The alert query is invalid.", error);
        return error is null;
    }

    string? Read(out AlertQuery query)
    {
        query = new AlertQuery();
        AlertState? state = null;
        ClockLevel? level = null;
        DateTimeOffset from = default, to = default;
        int page = 0, pageSize = DefaultPageSize;
        if (Given(State) is { } s && !QueryText.TryEnum(s, out state)) return $"state '{s}' is not one of {QueryText.Names<AlertState>()}";
        if (Given(Level) is { } l && !QueryText.TryEnum(l, out level)) return $"level '{l}' is not one of {QueryText.Names<ClockLevel>()}";
        if (Given(From) is { } f && !QueryText.TryInstant(f, out from)) return $"from '{f}' is not an ISO 8601 instant";
        if (Given(To) is { } t && !QueryText.TryInstant(t, out to)) return $"to '{t}' is not an ISO 8601 instant";
        if (Given(From) is not null && Given(To) is not null && from > to) return "from is after to";
        if (Given(Page) is { } p && !QueryText.TryInt(p, 0, int.MaxValue / MaxPageSize, out page)) return $"page '{p}' is not a number from 0";
        if (Given(PageSize) is { } z && !QueryText.TryInt(z, 1, MaxPageSize, out pageSize)) return $"pageSize '{z}' is not a number from 1 to {MaxPageSize}";
        query = new AlertQuery(state, level, Given(OwnerType), Given(OwnerId), Given(ClockId),
            Given(From) is null ? null : from, Given(To) is null ? null : to, page, pageSize);
        return null;
    }

    static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
