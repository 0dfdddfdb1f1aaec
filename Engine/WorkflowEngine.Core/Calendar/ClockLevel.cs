namespace WorkflowEngine.Calendar;

/// <summary>How close a clock is to its committed deadline, in the supervision colours' order.</summary>
public enum ClockLevel
{
    /// <summary>Less than the warning share of the committed limit has elapsed.</summary>
    Normal,

    /// <summary>The warning share has elapsed (yellow light).</summary>
    Warning,

    /// <summary>The urgent share has elapsed, the deadline has not passed.</summary>
    Urgent,

    /// <summary>The committed deadline has passed (red light).</summary>
    Overdue,
}
