using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>/api/v1/alerts: list, read and move supervision alerts.</summary>
internal static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlertEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListAlerts").WithSummary("Lists supervision alerts, newest first")
            .WithDescription("Filters: state, level, ownerType, ownerId, clockId, from/to (raised at, ISO 8601, to exclusive). Paging: page from 0, pageSize 1–500 (50).");
        group.MapGet("/{id}", GetAsync).WithName("GetAlert").WithSummary("Reads one supervision alert");
        group.MapPost("/{id}/transitions", TransitionAsync).WithName("TransitionAlert").WithSummary("Moves an alert: Pending, UnderSupervision, or Cancelled with a note")
            .WithDescription("Withdrawn is set only by the supervision scan. A move the alert's state does not allow is 409 invalid-alert-transition.");
        return group;
    }

    static async Task<Results<Ok<AlertListResponse>, ProblemHttpResult>> ListAsync([AsParameters] AlertListParameters parameters, AlertService alerts, CancellationToken ct)
    {
        if (!parameters.TryParse(out var query, out var problem)) return problem!;
        var page = await alerts.ListAsync(query, ct);
        return TypedResults.Ok(new AlertListResponse(page.Items.Select(AlertResponse.From).ToList(), page.TotalCount, query.Page, query.PageSize));
    }

    static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> GetAsync(string id, AlertService alerts, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(AlertResponse.From(await alerts.GetAsync(id, ct)));
        }
        catch (AlertNotFoundException e)
        {
            return NotFound(e);
        }
    }

    static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> TransitionAsync(string id, AlertTransitionRequest request, AlertService alerts, CancellationToken ct)
    {
        if (!QueryText.TryEnum<AlertState>(request.To, out var to))
            return Problem.BadRequest("invalid-request", "The transition is invalid.", $"to '{request.To}' is not one of {QueryText.Names<AlertState>()}");
        if (string.IsNullOrWhiteSpace(request.By))
            return Problem.BadRequest("invalid-request", "The transition is invalid.", "by must name who moves the alert");
        try
        {
            return TypedResults.Ok(AlertResponse.From(await alerts.TransitionAsync(id, to.Value, request.By.Trim(), request.Note, ct)));
        }
        catch (AlertNotFoundException e)
        {
            return NotFound(e);
        }
        catch (AlertTransitionException e)
        {
            return Problem.Of(StatusCodes.Status409Conflict, "invalid-alert-transition", "The alert cannot make this move.", e.Message,
                new Dictionary<string, object?> { ["state"] = e.From.ToString(), ["allowed"] = e.Allowed.Select(s => s.ToString()).ToList() });
        }
        catch (ArgumentException e)
        {
            return Problem.BadRequest("invalid-request", "The transition is invalid.", e.Message);
        }
    }

    static ProblemHttpResult NotFound(AlertNotFoundException e) => Problem.NotFound("alert-not-found", "No such alert.", e.Message);
}
