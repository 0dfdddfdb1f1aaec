namespace WorkflowEngine.Approvals.Integrators;

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus { Pending, Delivered, DeadLettered }

/// <summary>
/// One event for one subscription: the exact body to send (so every attempt signs the same bytes), its attempts, and
/// the claim a dispatcher node holds while sending it. Deliveries of one case to one subscription go out in
/// <see cref="Id"/> order.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    /// <summary>The event's id (the outbox message's), the same for every subscription: receivers deduplicate on it.</summary>
    public required string EventId { get; set; }
    public required string SubscriptionId { get; set; }
    public required string EventType { get; set; }
    public string? CaseNumber { get; set; }
    public required string Body { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>The dispatcher node sending it, until <see cref="ClaimedUntil"/>; after that any node may take it.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
