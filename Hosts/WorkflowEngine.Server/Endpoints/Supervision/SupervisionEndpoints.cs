using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Supervision;

/// <summary>Registers supervision's settings and maps its endpoints: alerts and clocks.</summary>
public static class SupervisionEndpoints
{
    /// <summary>Binds <see cref="SupervisionOptions"/> from the "Supervision" section (thresholds, feedback days, scan batch).</summary>
    public static IServiceCollection AddSupervisionSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SupervisionOptions>(configuration.GetSection(SupervisionOptions.Section));

    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/alerts").WithTags("Supervision").MapAlertEndpoints();
        app.MapGroup("/api/v1/clocks").WithTags("Supervision").MapClockEndpoints();
        return app;
    }
}
