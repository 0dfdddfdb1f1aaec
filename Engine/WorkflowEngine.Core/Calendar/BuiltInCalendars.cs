namespace WorkflowEngine.Calendar;

/// <summary>Calendars shipped with the engine, built from the official tables embedded in this assembly.</summary>
public static class BuiltInCalendars
{
    public const string ChinaTableResource = "WorkflowEngine.Calendar.Data.cn-public-holidays-2025-2026.csv";

    private static readonly Lazy<WorkingCalendar> china = new(LoadChina);

    /// <summary>The national calendar "cn": Saturday and Sunday off, the State Council's holidays and make-up days, 09:00–12:00 and 13:30–17:30 Beijing time.</summary>
    public static WorkingCalendar China() => china.Value;

    /// <summary>The official table behind <see cref="China"/>, as embedded.</summary>
    public static HolidayTable ChinaHolidayTable()
    {
        using var stream = typeof(BuiltInCalendars).Assembly.GetManifestResourceStream(ChinaTableResource)
            ?? throw new InvalidOperationException($"The embedded resource {ChinaTableResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return HolidayTableCsv.Parse(reader).EnsureValid(ChinaTableResource);
    }

    private static WorkingCalendar LoadChina()
    {
        var table = ChinaHolidayTable();
        var calendar = new WorkingCalendar("cn", "中国");
        foreach (var year in table.Years)
            calendar = calendar.WithYear(year, table.RowsOf(year));
        return calendar;
    }
}
