using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>A clock read at an instant: limits, due dates, working time used and left, level, pauses and extensions.</summary>
/// <remarks>Working time is given in working hours (a working day is the calendar's, 7 hours on the national one).</remarks>
/// <param name="Provisional">True when the due dates count a day of a year whose official holiday table is not loaded yet (暂定).</param>
public sealed record ClockResponse(
    string Id,
    string OwnerType,
    string OwnerId,
    string CalendarId,
    long Revision,
    DateTimeOffset At,
    DateTimeOffset StartedAt,
    string CommittedLimit,
    string StatutoryLimit,
    ClockLevel Level,
    ClockLevel SupervisedLevel,
    bool IsPaused,
    DateTimeOffset? CompletedAt,
    DateOnly CommittedDueDate,
    DateTimeOffset CommittedDeadline,
    DateOnly StatutoryDueDate,
    DateTimeOffset StatutoryDeadline,
    bool IsStatutoryOverdue,
    bool Provisional,
    double ElapsedWorkingHours,
    double RemainingWorkingHours,
    decimal FractionElapsed,
    int LateByWorkingDays,
    ClockResponse.ThresholdsResponse Thresholds,
    IReadOnlyList<ClockResponse.PauseResponse> Pauses,
    IReadOnlyList<ClockResponse.ExtensionResponse> Extensions)
{
    public static ClockResponse From(ClockView v)
    {
        var s = v.Status;
        return new(
            v.Clock.Id, v.Clock.OwnerType, v.Clock.OwnerId, v.Clock.CalendarId, v.Clock.Revision, s.At, v.StartedAt,
            s.CommittedLimit.ToString(), s.StatutoryLimit.ToString(), s.Level, v.Clock.SupervisedLevel, s.IsPaused, s.CompletedAt,
            s.CommittedDueDate, s.CommittedDeadline, s.StatutoryDueDate, s.StatutoryDeadline, s.IsStatutoryOverdue, s.IsProvisional,
            Hours(s.Elapsed), Hours(s.Remaining), Math.Round(s.FractionElapsed, 4), s.LateByWorkingDays,
            new(v.Thresholds.WarningAt, v.Thresholds.UrgentAt, v.Clock.Thresholds is not null),
            v.Pauses.Select(p => new PauseResponse(p.Reason, p.By, p.Why, p.PausedAt, p.ResumedAt, p.ResumedBy)).ToList(),
            v.Extensions.Select(e => new ExtensionResponse(e.Duration.ToString(), e.ExtendsStatutory, e.By, e.Why, e.At)).ToList());
    }

    static double Hours(TimeSpan t) => Math.Round(t.TotalHours, 2);

    /// <summary>The shares in force; <see cref="OwnThresholds"/> is false when the clock follows the global setting.</summary>
    public sealed record ThresholdsResponse(decimal WarningAt, decimal UrgentAt, bool OwnThresholds);

    public sealed record PauseResponse(PauseReason Reason, string By, string Why, DateTimeOffset PausedAt, DateTimeOffset? ResumedAt, string? ResumedBy);

    public sealed record ExtensionResponse(string Duration, bool ExtendsStatutory, string By, string Why, DateTimeOffset At);
}
