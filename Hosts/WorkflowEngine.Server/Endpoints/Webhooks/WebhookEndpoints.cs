using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Endpoints.Cases;
using WorkflowEngine.Server.Integrators;

namespace WorkflowEngine.Server.Endpoints.Webhooks;

/// <summary>An integrator's webhook subscriptions and their deliveries: subscribe, list, delete, look at deliveries, redeliver.</summary>
internal static class WebhookEndpoints
{
    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder group)
    {
        group.MapPost("/subscriptions", Subscribe).WithName("CreateWebhookSubscription").WithSummary("Subscribe a URL to case events; the signing secret is shown once")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireApiKey(ApiScopes.Webhooks);
        group.MapGet("/subscriptions", List).WithName("ListWebhookSubscriptions").WithSummary("This integrator's subscriptions").RequireApiKey(ApiScopes.Webhooks);
        group.MapDelete("/subscriptions/{id}", Delete).WithName("DeleteWebhookSubscription").WithSummary("Stop a subscription")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.Webhooks);
        group.MapGet("/deliveries", Deliveries).WithName("ListWebhookDeliveries").WithSummary("Deliveries, newest first, by subscription, status and case")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireApiKey(ApiScopes.Webhooks);
        group.MapPost("/deliveries/{id:long}/redeliver", Redeliver).WithName("RedeliverWebhook").WithSummary("Send a delivered or dead-lettered delivery again")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequireApiKey(ApiScopes.Webhooks);
        return group;
    }

    static async Task<Created<SubscriptionResponse>> Subscribe(SubscriptionRequest request, ApiCaller caller, WebhookSubscriptions subscriptions,
        CancellationToken cancellationToken)
    {
        var created = await subscriptions.CreateAsync(caller.Key, request.Url ?? "", request.Events, cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/subscriptions/{created.Id}", SubscriptionResponse.From(created, withSecret: true));
    }

    static async Task<Ok<List<SubscriptionResponse>>> List(ApiCaller caller, WebhookSubscriptions subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await subscriptions.ListAsync(caller.IntegratorId, cancellationToken)).Select(s => SubscriptionResponse.From(s, withSecret: false)).ToList());

    static async Task<NoContent> Delete(string id, ApiCaller caller, WebhookSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        await subscriptions.DeleteAsync(caller.IntegratorId, id, cancellationToken);
        return TypedResults.NoContent();
    }

    static async Task<Ok<PageResponse<DeliveryResponse>>> Deliveries(ApiCaller caller, WebhookDeliveries deliveries, string? subscription, string? status,
        string? caseNumber, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        WebhookDeliveryStatus? wanted = status is null ? null
            : Enum.TryParse<WebhookDeliveryStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _) ? s
            : throw new InvalidQueryException("status", $"'status' must be one of {string.Join(", ", Enum.GetNames<WebhookDeliveryStatus>())}; got '{status}'.");
        var p = page is null ? 1 : Math.Max(1, QueryValue.Count("page", page, 100_000));
        var size = pageSize is null ? 20 : Math.Max(1, QueryValue.Count("pageSize", pageSize, CaseListEndpoints.MaxPageSize));
        var found = await deliveries.ListAsync(caller.IntegratorId, subscription, wanted, caseNumber, p, size, cancellationToken);
        return TypedResults.Ok(new PageResponse<DeliveryResponse>(found.Items.Select(DeliveryResponse.From).ToList(), found.Page, found.PageSize, found.TotalCount));
    }

    static async Task<Accepted<DeliveryResponse>> Redeliver(long id, ApiCaller caller, WebhookDeliveries deliveries, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, DeliveryResponse.From(await deliveries.RedeliverAsync(caller.IntegratorId, id, cancellationToken)));
}

/// <summary>Where to send which case events (all when none are named).</summary>
public sealed record SubscriptionRequest(string? Url, IReadOnlyList<string>? Events);

/// <summary>A subscription; <see cref="Secret"/> only in the answer to its creation.</summary>
public sealed record SubscriptionResponse(string Id, string Url, IReadOnlyList<string> Events, IReadOnlyList<string> Departments, DateTimeOffset CreatedAt, string? Secret)
{
    public static SubscriptionResponse From(WebhookSubscription s, bool withSecret) =>
        new(s.Id, s.Url, s.Events, s.Departments, s.CreatedAt.ToUniversalTime(), withSecret ? s.Secret : null);
}

/// <summary>One event for one subscription and what became of it.</summary>
public sealed record DeliveryResponse(long Id, string EventId, string EventType, string SubscriptionId, string? CaseNumber, WebhookDeliveryStatus Status,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode, string? LastError,
    DateTimeOffset? DeliveredAt)
{
    public static DeliveryResponse From(WebhookDelivery d) => new(d.Id, d.EventId, d.EventType, d.SubscriptionId, d.CaseNumber, d.Status, d.Attempts,
        d.CreatedAt.ToUniversalTime(), d.NextAttemptAt.ToUniversalTime(), d.LastAttemptAt?.ToUniversalTime(), d.LastStatusCode, d.LastError,
        d.DeliveredAt?.ToUniversalTime());
}
