using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>Supervision (电子监察) settings, bound from the "Supervision" configuration section.</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>The global thresholds, used by every clock started without thresholds of its own (per matter).</summary>
    public ThresholdOptions Thresholds { get; set; } = new();

    /// <summary>Working days, on the clock's calendar, that the responsible department has to answer an alert.</summary>
    public int FeedbackWorkingDays { get; set; } = 3;

    /// <summary>Clocks read per round trip while scanning.</summary>
    public int ScanBatchSize { get; set; } = 500;

    public ClockThresholds DefaultThresholds => new(Thresholds.WarningAt, Thresholds.UrgentAt);

    /// <summary>Shares of the committed limit (0.5 = 50%).</summary>
    public sealed class ThresholdOptions
    {
        public decimal WarningAt { get; set; } = ClockThresholds.Default.WarningAt;
        public decimal UrgentAt { get; set; } = ClockThresholds.Default.UrgentAt;
    }
}
