using WorkflowEngine.Approvals.Cases;
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
            .WithSummary("Faulted instances and cases, late timers, message and webhook backlog · 运行状态").RequireAdministrator();
        app.MapGet("/api/v1/operations/faulted-cases", FaultedCases).WithTags("Operations").WithName("ListFaultedCases")
            .WithSummary("Cases stopped on a fault, with the step and the reason · 办理异常").RequireAdministrator();
        app.MapPost("/api/v1/operations/faulted-cases/{number}/retry", Retry).WithTags("Operations").WithName("RetryFaultedCase")
            .WithSummary("Run a case's faulted steps again after the cause is fixed · 重试")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequireAdministrator();
        return app;
    }

    static async Task<Ok<OperationsStatus>> Status(EngineFigures engine, WebhookFigures webhooks, CaseFaults faults, CancellationToken cancellationToken) =>
        TypedResults.Ok(new OperationsStatus(await engine.ReadAsync(cancellationToken), await webhooks.ReadAsync(cancellationToken),
            await faults.ListAsync(StatusListLength, cancellationToken)));

    static async Task<Ok<IReadOnlyList<FaultedCase>>> FaultedCases(CaseFaults faults, CancellationToken cancellationToken) =>
        TypedResults.Ok(await faults.ListAsync(cancellationToken: cancellationToken));

    /// <summary>Answers the faults left after the retry: empty when the case went on.</summary>
    static async Task<Ok<RetryResponse>> Retry(string number, CaseFaults faults, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RetryResponse(number, await faults.RetryAsync(number, cancellationToken)));

    const int StatusListLength = 20;

    /// <summary>The engine's and the webhooks' figures, and the oldest cases stopped on a fault.</summary>
    public sealed record OperationsStatus(EngineFigures.Figures Engine, WebhookFigures.Figures Webhooks, IReadOnlyList<FaultedCase> FaultedCases);

    /// <summary>A retried case and the faults it still has (none when it went on).</summary>
    public sealed record RetryResponse(string CaseNumber, IReadOnlyList<CaseFault> Faults);
}
