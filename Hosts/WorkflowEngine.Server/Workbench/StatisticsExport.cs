using System.Globalization;
using System.Text;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Server.Workbench.Services;

namespace WorkflowEngine.Server.Workbench;

/// <summary>The statistics table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese names).</summary>
public static class StatisticsExport
{
    static readonly string[] Header =
    [
        "department", "matter_code", "matter_name", "cases", "completed", "instant_rate", "on_time_rate", "early_rate", "overdue_rate",
        "average_working_days", "committed_days", "statutory_days", "compression_ratio", "deferred_cases", "deferred_completed_in_time",
    ];

    public static IEndpointRouteBuilder MapStatisticsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/statistics.csv", async (string? from, string? to, CaseStatistics statistics, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var (start, end) = StatisticsPeriod.Parse(from, to, time);
            var rows = await statistics.ForPeriodAsync(StatisticsPeriod.Start(start), StatisticsPeriod.Start(end.AddDays(1)), cancellationToken);
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(rows))).ToArray(),
                "text/csv; charset=utf-8", $"statistics-{start:yyyyMMdd}-{end:yyyyMMdd}.csv");
        }).RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = "Supervisor,Administrator" }).ExcludeFromDescription();
        return app;
    }

    public static string Write(IEnumerable<StatisticsRow> rows)
    {
        var csv = new StringBuilder(string.Join(",", Header)).Append("\r\n");
        foreach (var r in rows)
            csv.AppendJoin(",", new object?[]
            {
                r.Department, r.MatterCode, r.MatterName, r.Cases, r.Completed, r.InstantRate, r.OnTimeRate, r.EarlyRate, r.OverdueRate,
                r.AverageWorkingDays, r.CommittedDays, r.StatutoryDays, r.CompressionRatio, r.DeferredCases, r.DeferredCompletedInTime,
            }.Select(Field)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    static string Field(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
