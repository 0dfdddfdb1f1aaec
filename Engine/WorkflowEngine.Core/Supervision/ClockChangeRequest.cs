namespace WorkflowEngine.Supervision;

/// <summary>Who changes a clock and why, and optionally when, for which workflow instance and on which revision.</summary>
public sealed record ClockChangeRequest(string By, string Why)
{
    /// <summary>When it happened; now when not given.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>The workflow instance on whose behalf the change is made; its journal gets the line (the owner id's otherwise).</summary>
    public string? InstanceId { get; init; }

    /// <summary>
    /// The revision the caller saw. When given, a clock changed since is refused with <see cref="ClockConflictException"/>;
    /// when not, the change is decided again on the fresh clock.
    /// </summary>
    public long? ExpectedRevision { get; init; }
}
