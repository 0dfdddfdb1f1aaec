namespace WorkflowEngine.Persistence.Calendars;

/// <summary>One calendar's id and last change, as compared by the cache to notice changes made by other nodes.</summary>
internal readonly record struct CalendarVersion(string Id, DateTimeOffset UpdatedAt)
{
    /// <summary>The <c>UpdatedAt</c> to write with a change: now, but always later than before.</summary>
    /// <remarks>
    /// Nodes' clocks differ, so "now" on one node may be earlier than the stamp another node wrote; a stamp that
    /// did not change would hide the change from every cache. Whole microseconds, because PostgreSQL keeps no more.
    /// </remarks>
    public static DateTimeOffset NextStamp(DateTimeOffset previous, DateTimeOffset now)
    {
        const long TicksPerMicrosecond = 10;
        var stamp = now.AddTicks(-(now.UtcTicks % TicksPerMicrosecond));
        return stamp > previous ? stamp : previous.AddTicks(TicksPerMicrosecond);
    }
}
