using Microsoft.Extensions.Options;
using WorkflowEngine.Approvals.Integrators;

namespace WorkflowEngine.Server.Webhooks;

/// <summary>
/// The background loop of every server node: fans case events out of the outbox into deliveries, claims the deliveries
/// that are due (never two of one case at once), sends them and records the outcome. Nodes coordinate only through the
/// database (see docs/decisions/0010-integrator-api.md).
/// </summary>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    readonly string _node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await RunOnceAsync(o, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Webhook dispatch round failed; trying again in {Interval}", o.PollInterval);
            }
            if (busy) continue;
            try { await Task.Delay(o.PollInterval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    async Task<bool> RunOnceAsync(WebhookOptions o, CancellationToken cancellationToken)
    {
        int fannedOut;
        IReadOnlyList<ClaimedDelivery> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            fannedOut = await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().RunOnceAsync(o.BatchSize, cancellationToken);
            claimed = await scope.ServiceProvider.GetRequiredService<WebhookDeliveries>().ClaimDueAsync(_node, o.ClaimLease, o.BatchSize, cancellationToken);
        }
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = cancellationToken },
            async (delivery, token) => await SendAsync(delivery, o, token));
        return fannedOut > 0 || claimed.Count > 0;
    }

    async Task SendAsync(ClaimedDelivery claimed, WebhookOptions o, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(claimed, cancellationToken);
        var deliveries = scope.ServiceProvider.GetRequiredService<WebhookDeliveries>();
        // Recorded without the caller's token: a send that happened must be written down even while the node stops.
        if (outcome.Delivered)
        {
            await deliveries.RecordDeliveredAsync(claimed.Delivery.Id, _node, outcome.Attempts, outcome.StatusCode ?? 200, CancellationToken.None);
            return;
        }
        var total = claimed.Delivery.Attempts + outcome.Attempts;
        var retryAt = time.GetUtcNow() + Backoff(o, total);
        await deliveries.RecordFailedAsync(claimed.Delivery, _node, outcome.Attempts, outcome.StatusCode, outcome.Error ?? "failed", retryAt, o.MaxAttempts, CancellationToken.None);
        if (total >= o.MaxAttempts)
            logger.LogWarning("Webhook delivery {Id} ({Event}) dead-lettered after {Attempts} attempts: {Error}", claimed.Delivery.Id, claimed.Delivery.EventType, total, outcome.Error);
    }

    /// <summary>The wait before the next claim of a failing delivery: doubling from the retry delay, capped, ±20% jitter so receivers coming back are not stampeded.</summary>
    static TimeSpan Backoff(WebhookOptions o, int attempts)
    {
        var exponential = o.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts, 30));
        var capped = Math.Min(exponential, o.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
