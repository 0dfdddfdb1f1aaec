namespace WorkflowEngine.Calendar;

/// <summary>The unit a working duration was stated in.</summary>
public enum WorkingDurationUnit
{
    Days,
    Hours,
    Minutes,
}
