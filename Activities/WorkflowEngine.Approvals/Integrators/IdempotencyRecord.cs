namespace WorkflowEngine.Approvals.Integrators;

/// <summary>
/// An integrator's Idempotency-Key and the case it created, written in the same transaction as the case: a retry with
/// the same key finds the case instead of creating a second one, even after a crash between commit and answer.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string IntegratorId { get; set; }
    public required string Key { get; set; }
    /// <summary>Lower-case hex SHA-256 of the request body as sent.</summary>
    public required string RequestHash { get; set; }
    public required string CaseNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
