using Microsoft.AspNetCore.Diagnostics;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Server.Endpoints.Calendars;
using WorkflowEngine.Server.Endpoints.Catalog;

namespace WorkflowEngine.Server.Api;

/// <summary>Turns the engine's known failures into problem details; anything else is a 500 without internals.</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                Problem.Of(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "The request body is too large.", e.Message),
            BadHttpRequestException e when e.InnerException is System.Text.Json.JsonException =>
                Problem.BadRequest("malformed-json", "The request body is not valid JSON.", e.InnerException.Message),
            BadHttpRequestException e => Problem.Of(e.StatusCode, "bad-request", "The request could not be read.", e.Message),
            InvalidQueryException e => Problem.BadRequest("invalid-query", $"The parameter '{e.Parameter}' is not valid.", e.Message,
                new Dictionary<string, object?> { ["parameter"] = e.Parameter }),
            DefinitionValidationException e => Problem.BadRequest("invalid-definition", "The workflow definition is invalid.", e.Message,
                new Dictionary<string, object?> { ["errors"] = e.Errors }),
            DefinitionNotFoundException e => Problem.NotFound("definition-not-found", "No such workflow definition.", e.Message),
            InstanceNotFoundException e => Problem.NotFound("instance-not-found", "No such workflow instance.", e.Message),
            BookmarkNotFoundException e => Problem.Conflict("bookmark-not-found", "Nothing waits for this any more.", e.Message),
            ConcurrencyConflictException e => Problem.Conflict("concurrency-conflict", "Someone else changed this at the same time; try again.", e.Message),
            _ => null,
        } ?? Integrators.IntegratorProblems.For(exception) ?? CatalogProblems.For(exception) ?? Endpoints.Staff.StaffProblems.For(exception) ?? await CalendarProblems.ForAsync(exception, context.RequestServices, cancellationToken);
        if (result is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            result = Problem.Of(StatusCodes.Status500InternalServerError, "internal-error", "Something went wrong on the server.",
                "The error was logged with trace id " + context.TraceIdentifier + ".");
        }
        await result.ExecuteAsync(context);
        return true;
    }
}
