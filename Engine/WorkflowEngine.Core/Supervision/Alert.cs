using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>A supervision alert (预警 / 督办): raised when a clock's level rose, answered by the department within the feedback deadline.</summary>
public sealed record Alert(
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
    string? Note);
