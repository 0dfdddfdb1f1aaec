using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>What starting a clock needs: whose it is, on which calendar, its limits, and who started it and why.</summary>
public sealed record ClockStartRequest(
    string OwnerType,
    string OwnerId,
    string CalendarId,
    WorkingDuration CommittedLimit,
    WorkingDuration StatutoryLimit,
    string By,
    string Why = "")
{
    /// <summary>The acceptance instant; now when not given.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Thresholds of this clock (from its matter); null follows the global <see cref="SupervisionOptions.Thresholds"/>.</summary>
    public ClockThresholds? Thresholds { get; init; }

    /// <summary>The workflow instance that started the clock, whose journal gets the line; the owner id otherwise.</summary>
    public string? InstanceId { get; init; }

    /// <summary>A chosen id; a new one when not given.</summary>
    public string? ClockId { get; init; }
}
