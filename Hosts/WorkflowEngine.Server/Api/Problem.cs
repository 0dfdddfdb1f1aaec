using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace WorkflowEngine.Server.Api;

/// <summary>
/// RFC 7807 problem details with a stable, machine-readable <c>code</c> extension: integrators branch on the code,
/// people read the title and detail.
/// </summary>
public static class Problem
{
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"https://workflow-engine.example/problems/{code}",
            Title = title,
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult BadRequest(string code, string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        Of(StatusCodes.Status400BadRequest, code, title, detail, extensions);

    public static ProblemHttpResult NotFound(string code, string title, string? detail = null) =>
        Of(StatusCodes.Status404NotFound, code, title, detail);

    public static ProblemHttpResult Conflict(string code, string title, string? detail = null) =>
        Of(StatusCodes.Status409Conflict, code, title, detail);
}
