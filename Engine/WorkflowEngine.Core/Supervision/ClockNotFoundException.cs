namespace WorkflowEngine.Supervision;

/// <summary>No clock has this id.</summary>
public sealed class ClockNotFoundException(string clockId) : Exception($"clock {clockId} does not exist")
{
    public string ClockId { get; } = clockId;
}
