namespace WorkflowEngine.Server.Webhooks;

/// <summary>Registers the webhook sender and, unless <c>Webhooks:Enabled</c> is false, the dispatcher of this node.</summary>
internal static class WebhookDispatchExtensions
{
    public static IServiceCollection AddWebhookDispatch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        services.AddHttpClient<WebhookSender>(http => http.Timeout = Timeout.InfiniteTimeSpan); // Polly times each attempt
        if (configuration.GetValue("Webhooks:Enabled", true)) services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
