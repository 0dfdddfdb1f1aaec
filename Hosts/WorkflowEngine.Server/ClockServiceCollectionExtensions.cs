using WorkflowEngine.Time;

namespace WorkflowEngine.Server;

/// <summary>The server's clock: the real one, or in Development one shifted to a chosen date for tests and demos.</summary>
public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock before the engine does (it only adds the system clock when none is there). <c>Clock:ReadsAt</c>
    /// with <c>Clock:WhenRealTimeIs</c> shift it; ignored outside Development, so no production node can run on a fake date.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var readsAt = configuration["Clock:ReadsAt"];
        if (readsAt is null || !environment.IsDevelopment())
        {
            services.AddSingleton(TimeProvider.System);
            return services;
        }
        var realAt = configuration["Clock:WhenRealTimeIs"] is { } real ? DateTimeOffset.Parse(real, System.Globalization.CultureInfo.InvariantCulture) : TimeProvider.System.GetUtcNow();
        services.AddSingleton<TimeProvider>(ShiftedTimeProvider.Reading(DateTimeOffset.Parse(readsAt, System.Globalization.CultureInfo.InvariantCulture), realAt));
        return services;
    }
}
