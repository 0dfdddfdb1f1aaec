using WorkflowEngine.Time;

namespace WorkflowEngine.Testing;

/// <summary>The date every test engine and test server lives on unless a test sets its own: never the day the suite runs.</summary>
public static class TestTime
{
    /// <summary>Monday 2 March 2026, 09:00 in Beijing: a plain working week in a year whose official holidays are loaded.</summary>
    public static readonly DateTimeOffset Start = BeijingTime.At("2026-03-02 09:00");

    // Taken once per test run, so every engine and server process of the run shares one clock (no node runs behind another).
    static readonly DateTimeOffset RealStart = TimeProvider.System.GetUtcNow();

    /// <summary>A clock that reads <see cref="Start"/> (or <paramref name="at"/>) when the run began and runs at real speed.</summary>
    public static TimeProvider Running(DateTimeOffset? at = null) => ShiftedTimeProvider.Reading(at ?? Start, RealStart);

    /// <summary>The settings that put a server process on the same clock (the server honours them only in Development).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ServerSettings(DateTimeOffset? at = null) =>
    [
        new("Clock__ReadsAt", (at ?? Start).ToString("O")),
        new("Clock__WhenRealTimeIs", RealStart.ToString("O")),
    ];
}
