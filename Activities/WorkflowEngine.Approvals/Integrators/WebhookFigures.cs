using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>What an operator watches on webhooks: deliveries waiting (and since when) and deliveries given up on.</summary>
public sealed class WebhookFigures(ApprovalsDbContext db)
{
    public async Task<Figures> ReadAsync(CancellationToken cancellationToken = default)
    {
        var deliveries = db.Set<WebhookDelivery>();
        var byStatus = await deliveries.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var oldestPending = await deliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .OrderBy(d => d.CreatedAt).Select(d => (DateTimeOffset?)d.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        int Count(WebhookDeliveryStatus status) => byStatus.Where(s => s.Key == status).Sum(s => s.Count);
        return new Figures(Count(WebhookDeliveryStatus.Pending), oldestPending, Count(WebhookDeliveryStatus.DeadLettered));
    }

    /// <summary>Webhook deliveries at one moment.</summary>
    public sealed record Figures(int Pending, DateTimeOffset? OldestPendingSince, int DeadLettered);
}
