namespace WorkflowEngine.Time;

/// <summary>The real clock moved by a fixed offset, so a demo or a test lives on a chosen date while time still passes.</summary>
/// <remarks>
/// Tests must not depend on the day they run (a limit counted in December reaches into a year whose holidays may not be
/// known), yet servers and timers need time to pass. An offset rather than a start instant keeps every process that
/// shares it (the nodes of a cluster, a node restarted after a kill) on one clock that never runs backwards.
/// </remarks>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    /// <summary>A clock that reads <paramref name="at"/> when <paramref name="realAt"/> is the real time.</summary>
    public static ShiftedTimeProvider Reading(DateTimeOffset at, DateTimeOffset realAt) => new(at - realAt);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
