using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Calendar;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>/api/v1/clocks: read time-limit clocks (changes come through the cases that own them).</summary>
internal static class ClockEndpoints
{
    public static RouteGroupBuilder MapClockEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id}", GetAsync).WithName("GetClock").WithSummary("Reads a clock now, or at the instant given by 'at'");
        group.MapGet("/", FindAsync).WithName("FindClocks").WithSummary("Lists the clocks of one owner (ownerType and ownerId), read now or at 'at'");
        return group;
    }

    static async Task<Results<Ok<ClockResponse>, ProblemHttpResult>> GetAsync(string id, string? at, ClockService clocks, CancellationToken ct)
    {
        if (!TryAt(at, out var instant, out var problem)) return problem!;
        try
        {
            return TypedResults.Ok(ClockResponse.From(await clocks.ReadAsync(id, instant, ct)));
        }
        catch (ClockNotFoundException e)
        {
            return Problem.NotFound("clock-not-found", "No such clock.", e.Message);
        }
        catch (Exception e) when (ReadProblem(e) is { } readProblem)
        {
            return readProblem;
        }
    }

    static async Task<Results<Ok<List<ClockResponse>>, ProblemHttpResult>> FindAsync(string? ownerType, string? ownerId, string? at, ClockService clocks, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ownerType) || string.IsNullOrWhiteSpace(ownerId))
            return Problem.BadRequest("invalid-query", "The clock query is invalid.", "ownerType and ownerId are both required");
        if (!TryAt(at, out var instant, out var problem)) return problem!;
        try
        {
            return TypedResults.Ok((await clocks.FindByOwnerAsync(ownerType.Trim(), ownerId.Trim(), instant, ct)).Select(ClockResponse.From).ToList());
        }
        catch (Exception e) when (ReadProblem(e) is { } readProblem)
        {
            return readProblem;
        }
    }

    static bool TryAt(string? at, out DateTimeOffset? instant, out ProblemHttpResult? problem)
    {
        instant = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(at)) return true;
        if (QueryText.TryInstant(at, out var parsed))
        {
            instant = parsed;
            return true;
        }
        problem = Problem.BadRequest("invalid-query", "The clock query is invalid.", $"at '{at}' is not an ISO 8601 instant");
        return false;
    }

    /// <summary>Why a stored clock cannot be read at the instant asked for; null for anything unexpected.</summary>
    static ProblemHttpResult? ReadProblem(Exception e) => e switch
    {
        ArgumentOutOfRangeException { ParamName: "now" } => Problem.BadRequest("invalid-query", "The clock query is invalid.", e.Message),
        CalendarNotFoundException => Problem.Conflict("calendar-not-found", "The clock's calendar no longer exists.", e.Message),
        _ => null,
    };
}
