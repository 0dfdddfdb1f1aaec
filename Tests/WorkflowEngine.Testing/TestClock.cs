namespace WorkflowEngine.Testing;

/// <summary>A clock tests move by hand, so timers and deadlines can be crossed without waiting.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
    public void Set(DateTimeOffset to) => _now = to.ToUniversalTime();
}
