namespace WorkflowEngine.Timers;

/// <summary>How timer bookmarks are named and resumed.</summary>
public static class TimerStimulus
{
    /// <summary>The key the scheduler sets in the resume input of a timer.</summary>
    public const string InputKey = "timer";

    /// <summary>Each timer is its own stimulus: nothing outside the scheduler resumes it by name.</summary>
    public static string New() => "timer:" + Guid.CreateVersion7().ToString("N");
}
