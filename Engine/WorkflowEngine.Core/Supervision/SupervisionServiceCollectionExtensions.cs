using Microsoft.Extensions.DependencyInjection;

namespace WorkflowEngine.Supervision;

/// <summary>The engine's part of supervision: options and the clock and alert services (the stores and the scanner come with persistence).</summary>
internal static class SupervisionServiceCollectionExtensions
{
    public static IServiceCollection AddSupervisionServices(this IServiceCollection services)
    {
        services.AddOptions<SupervisionOptions>()
            .Validate(o => IsValid(o), "Supervision:Thresholds must satisfy 0 < WarningAt < UrgentAt <= 1, and FeedbackWorkingDays and ScanBatchSize must be positive.")
            .ValidateOnStart();
        services.AddScoped<ClockService>();
        services.AddScoped<AlertService>();
        return services;
    }

    static bool IsValid(SupervisionOptions o)
    {
        var t = o.Thresholds;
        return t.WarningAt > 0 && t.WarningAt < t.UrgentAt && t.UrgentAt <= 1 && o.FeedbackWorkingDays > 0 && o.ScanBatchSize > 0;
    }
}
