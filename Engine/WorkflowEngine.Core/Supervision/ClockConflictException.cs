namespace WorkflowEngine.Supervision;

/// <summary>The clock was changed by someone else since it was read; the change was not written.</summary>
public sealed class ClockConflictException(string clockId, long? expectedRevision, Exception? inner = null)
    : Exception(expectedRevision is null
        ? $"clock {clockId} already exists"
        : $"clock {clockId} was changed by someone else since revision {expectedRevision}", inner)
{
    public string ClockId { get; } = clockId;

    public long? ExpectedRevision { get; } = expectedRevision;
}
