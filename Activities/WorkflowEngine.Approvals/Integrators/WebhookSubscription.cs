namespace WorkflowEngine.Approvals.Integrators;

/// <summary>An integrator's wish to hear of case events at a URL, limited to the departments of the key that subscribed.</summary>
public sealed class WebhookSubscription
{
    public required string Id { get; set; }
    public required string IntegratorId { get; set; }
    public required string Url { get; set; }
    /// <summary>The HMAC-SHA256 key deliveries are signed with; kept readable because signing needs it.</summary>
    public required string Secret { get; set; }
    /// <summary>Event types (<see cref="CaseEvents"/>) delivered to this subscription.</summary>
    public List<string> Events { get; set; } = [];
    /// <summary>Departments whose cases are delivered (those of the subscribing key).</summary>
    public List<string> Departments { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
