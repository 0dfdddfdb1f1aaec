namespace WorkflowEngine.Server.Workbench.Services;

/// <summary>The statistics period as days of the service centre (Beijing), the last 30 days unless asked otherwise.</summary>
public static class StatisticsPeriod
{
    static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static (DateOnly From, DateOnly To) Parse(string? from, string? to, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Beijing).DateTime);
        var end = DateOnly.TryParse(to, out var t) ? t : today;
        var start = DateOnly.TryParse(from, out var f) ? f : end.AddDays(-29);
        return start <= end ? (start, end) : (end, start);
    }

    /// <summary>Midnight in Beijing at the start of <paramref name="day"/>.</summary>
    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Beijing.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
}
