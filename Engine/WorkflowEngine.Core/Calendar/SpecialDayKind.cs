namespace WorkflowEngine.Calendar;

/// <summary>Whether a special day is a day off or an official working day.</summary>
public enum SpecialDayKind
{
    /// <summary>A public holiday: no work, even on a weekday.</summary>
    Off,

    /// <summary>A make-up working day (调休): work, even on a weekend.</summary>
    Work,
}
