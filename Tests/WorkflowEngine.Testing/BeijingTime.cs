namespace WorkflowEngine.Testing;

/// <summary>Beijing-time instants written the way the tests reason about them: "2025-03-07 10:00".</summary>
public static class BeijingTime
{
    public static DateTimeOffset At(string isoDateTime) =>
        DateTimeOffset.ParseExact(isoDateTime + " +08:00", "yyyy-MM-dd HH:mm zzz", null);
}
