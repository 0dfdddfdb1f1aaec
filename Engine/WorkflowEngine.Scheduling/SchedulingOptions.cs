namespace WorkflowEngine.Scheduling;

/// <summary>The scheduler of a node; bound from the "Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    /// <summary>False switches the scheduler off on this node (another node fires the timers).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often due timers are looked for; the upper bound of the firing lag.</summary>
    public TimeSpan TimerSweepInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How often clock levels are recomputed.</summary>
    public TimeSpan SupervisionScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
