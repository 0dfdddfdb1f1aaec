namespace WorkflowEngine.Calendar;

/// <summary>The shares of the committed limit at which a clock turns Warning and Urgent, as fractions (0.5 = 50%).</summary>
public sealed record ClockThresholds
{
    /// <summary>Warning at 50% and urgent at 90% of the committed limit, as one prefecture's e-supervision shows them.</summary>
    public static ClockThresholds Default { get; } = new(0.5m, 0.9m);

    public ClockThresholds(decimal warningAt, decimal urgentAt)
    {
        if (warningAt <= 0 || warningAt >= urgentAt || urgentAt > 1)
            throw new ArgumentException($"Thresholds must satisfy 0 < warning < urgent <= 1 (100%); got warning {warningAt:P0} and urgent {urgentAt:P0}.");
        WarningAt = warningAt;
        UrgentAt = urgentAt;
    }

    public decimal WarningAt { get; }

    public decimal UrgentAt { get; }

    /// <summary>The level for a fraction of the limit elapsed, before the deadline has passed.</summary>
    public ClockLevel LevelFor(decimal fractionElapsed) =>
        fractionElapsed >= UrgentAt ? ClockLevel.Urgent
        : fractionElapsed >= WarningAt ? ClockLevel.Warning
        : ClockLevel.Normal;
}
