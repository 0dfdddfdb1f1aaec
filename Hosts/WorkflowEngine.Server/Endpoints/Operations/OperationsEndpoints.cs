using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Persistence.Operations;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Operations;

/// <summary>
/// The operator's figures (运行状态) beside <c>/health</c>: health says the node can reach its database; this says
/// whether the work is flowing (faulted instances, late timers, undispatched messages, webhook backlog). Any node
/// answers for the whole deployment.
/// </summary>
internal static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/operations/status", Status).WithTags("Operations").WithName("OperationsStatus")
            .WithSummary("Faulted instances, late timers, message and webhook backlog · 运行状态").RequireAdministrator();
        return app;
    }

    static async Task<Ok<OperationsStatus>> Status(EngineFigures engine, WebhookFigures webhooks, CancellationToken cancellationToken) =>
        TypedResults.Ok(new OperationsStatus(await engine.ReadAsync(cancellationToken), await webhooks.ReadAsync(cancellationToken)));

    /// <summary>The engine's and the webhooks' figures.</summary>
    public sealed record OperationsStatus(EngineFigures.Figures Engine, WebhookFigures.Figures Webhooks);
}
