using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>An alert as the API shows it, with the states people may move it to next.</summary>
public sealed record AlertResponse(
    string Id,
    string ClockId,
    string OwnerType,
    string OwnerId,
    ClockLevel Level,
    ClockLevel PreviousLevel,
    AlertState State,
    DateTimeOffset RaisedAt,
    DateTimeOffset? FeedbackDueAt,
    DateTimeOffset UpdatedAt,
    string? Note,
    IReadOnlyList<AlertState> AllowedTransitions)
{
    public static AlertResponse From(Alert a) => new(
        a.Id, a.ClockId, a.OwnerType, a.OwnerId, a.Level, a.PreviousLevel, a.State, a.RaisedAt, a.FeedbackDueAt, a.UpdatedAt, a.Note,
        AlertTransitions.AllowedFrom(a.State));
}

/// <summary>One page of alerts, newest first, and how many match in all.</summary>
public sealed record AlertListResponse(IReadOnlyList<AlertResponse> Items, long TotalCount, int Page, int PageSize);

/// <summary>A person moving an alert: to "Pending", "UnderSupervision" or "Cancelled" (with a note), who and why.</summary>
public sealed record AlertTransitionRequest(string? To, string? By, string? Note);
