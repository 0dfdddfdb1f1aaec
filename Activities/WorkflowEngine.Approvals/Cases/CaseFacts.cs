namespace WorkflowEngine.Approvals.Cases;

/// <summary>What a case's events are told apart by: its status, whether it was accepted, how many results were handed out.</summary>
public sealed record CaseFacts(CaseStatus Status, DateTimeOffset? AcceptedAt, int Deliveries)
{
    /// <summary>A case just taken in.</summary>
    public static readonly CaseFacts Received = new(CaseStatus.Received, null, 0);

    public static CaseFacts Of(Case @case) =>
        new(@case.Status, @case.AcceptedAt, @case.Documents.Count(d => d.Kind == CaseDocumentKind.DeliveryRecord));
}
