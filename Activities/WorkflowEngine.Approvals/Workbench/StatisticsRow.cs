namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// The figures of one department and matter over a period (办件统计): cases received; the instant-case rate; of the
/// cases completed, the on-time, early and overdue rates; average working days used against the committed and
/// statutory limits and their compression ratio; deferred-materials cases and how many had their materials in time.
/// </summary>
public sealed record StatisticsRow(
    string Department,
    string MatterCode,
    string MatterName,
    int Cases,
    int Completed,
    decimal InstantRate,
    decimal OnTimeRate,
    decimal EarlyRate,
    decimal OverdueRate,
    decimal? AverageWorkingDays,
    decimal CommittedDays,
    decimal StatutoryDays,
    decimal CompressionRatio,
    int DeferredCases,
    int DeferredCompletedInTime);
