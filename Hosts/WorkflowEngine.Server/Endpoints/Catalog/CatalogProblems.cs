using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>Catalog refusals as problem details: 400 <c>invalid-catalog-entry</c> with every problem, 404 <c>matter-not-found</c>…, 409 <c>department-in-use</c>….</summary>
internal static class CatalogProblems
{
    public static ProblemHttpResult? For(Exception exception) => exception is not CatalogRefusedException e ? null : e.Refusal switch
    {
        CatalogRefusal.Invalid => Problem.BadRequest(e.Code, "The catalog entry is not valid; nothing was changed.", e.Message,
            new Dictionary<string, object?> { ["errors"] = e.Problems }),
        CatalogRefusal.NotFound => Problem.NotFound(e.Code, "No such catalog entry.", e.Message),
        _ => Problem.Conflict(e.Code, "The catalog entry cannot be changed this way.", e.Message),
    };
}
