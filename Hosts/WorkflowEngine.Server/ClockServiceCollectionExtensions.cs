using WorkflowEngine.Time;

namespace WorkflowEngine.Server;

/// <summary>The server's clock: the real one, or in Development one shifted to a chosen date for tests and demos.</summary>
public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// Registers a shifted clock before the engine adds its own (it adds the system clock only when none is there). <c>Clock:ReadsAt</c>
    /// with <c>Clock:WhenRealTimeIs</c> shift it; ignored outside Development, so no production node can run on a fake date.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Otherwise the engine adds the system clock itself.
        if (configuration["Clock:ReadsAt"] is not { } readsAt || !environment.IsDevelopment()) return services;
        var realAt = configuration["Clock:WhenRealTimeIs"] is { } real ? DateTimeOffset.Parse(real, System.Globalization.CultureInfo.InvariantCulture) : TimeProvider.System.GetUtcNow();
        services.AddSingleton<TimeProvider>(ShiftedTimeProvider.Reading(DateTimeOffset.Parse(readsAt, System.Globalization.CultureInfo.InvariantCulture), realAt));
        return services;
    }
}
