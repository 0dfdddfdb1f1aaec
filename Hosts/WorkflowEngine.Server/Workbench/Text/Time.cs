namespace WorkflowEngine.Server.Workbench.Text;

/// <summary>Times as the service centre reads them: Beijing time, to the minute.</summary>
public static class Time
{
    static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Local(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, Beijing).ToString("yyyy-MM-dd HH:mm") : "";

    public static string Date(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, Beijing).ToString("yyyy-MM-dd") : "";
}
