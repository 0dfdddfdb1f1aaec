using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Endpoints.ApiKeys;
using WorkflowEngine.Server.Endpoints.Cases;
using WorkflowEngine.Server.Endpoints.Tasks;
using WorkflowEngine.Server.Endpoints.Webhooks;
using WorkflowEngine.Server.Endpoints.Workflows;
using WorkflowEngine.Server.Webhooks;

namespace WorkflowEngine.Server.Integrators;

/// <summary>Composes the integrator API: key checks, per-key rate limits, body limits, its endpoints and the webhook dispatcher.</summary>
internal static class IntegratorApiExtensions
{
    public static IServiceCollection AddIntegratorApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Integrators").Get<IntegratorOptions>() ?? new IntegratorOptions();
        services.Configure<IntegratorOptions>(configuration.GetSection("Integrators"));
        services.AddRateLimiter(o =>
        {
            // Only requests that passed the key check are counted, each key in its own window.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Items[ApiCaller.ItemKey] is ApiCaller caller
                    ? RateLimitPartition.GetFixedWindowLimiter(caller.Key.Id, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0, AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : (int)options.RateLimitWindow.TotalSeconds;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problem.Of(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests for this API key.",
                    $"This key may make {options.RateLimitPermits} requests per {options.RateLimitWindow}; try again in {seconds} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        services.AddWebhookDispatch(configuration);
        return services;
    }

    /// <summary>Call after <c>UseApiConventions</c>: routing first, so the gate sees which endpoint a request is for.</summary>
    public static WebApplication UseIntegratorApi(this WebApplication app)
    {
        app.UseRouting();
        app.UseMiddleware<IntegratorGate>();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapIntegratorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/cases").WithTags("Cases").MapCases();
        app.MapGroup("/api/v1/tasks").WithTags("Tasks").MapTasks();
        app.MapGroup("/api/v1").WithTags("Workflows").MapWorkflows();
        app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").MapWebhooks();
        app.MapGroup("/api/v1/api-keys").WithTags("API keys").MapApiKeys();
        return app;
    }
}
