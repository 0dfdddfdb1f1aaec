using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>A delivery claimed for sending, with where to send it and the key to sign it with.</summary>
public sealed record ClaimedDelivery(WebhookDelivery Delivery, string Url, string Secret);

/// <summary>One page of deliveries, newest first.</summary>
public sealed record DeliveryPage(IReadOnlyList<WebhookDelivery> Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// The delivery queue. A node claims a delivery with a conditional update (still pending, unclaimed or its lease run out),
/// so nodes never send one delivery at once; a node that dies mid-send loses its claim when the lease ends and another
/// sends again (at least once). Only the oldest pending delivery of a case for a subscription can be claimed, so a
/// case's events arrive in order.
/// </summary>
public sealed class WebhookDeliveries(ApprovalsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string node, TimeSpan lease, int batchSize, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var candidates = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now)
                && !db.WebhookDeliveries.Any(e => e.SubscriptionId == d.SubscriptionId && e.CaseNumber == d.CaseNumber
                    && e.Status == WebhookDeliveryStatus.Pending && e.Id < d.Id))
            .OrderBy(d => d.Id).Take(batchSize).Select(d => d.Id).ToListAsync(cancellationToken);
        var claimed = new List<long>();
        foreach (var id in candidates)
        {
            var until = now + lease;
            var rows = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, node).SetProperty(d => d.ClaimedUntil, until), cancellationToken);
            if (rows == 1) claimed.Add(id);
        }
        if (claimed.Count == 0) return [];
        var rowsClaimed = await (from d in db.WebhookDeliveries.AsNoTracking()
                                 join s in db.WebhookSubscriptions.AsNoTracking() on d.SubscriptionId equals s.Id
                                 where claimed.Contains(d.Id)
                                 orderby d.Id
                                 select new { d, s.Url, s.Secret }).ToListAsync(cancellationToken);
        return rowsClaimed.Select(r => new ClaimedDelivery(r.d, r.Url, r.Secret)).ToList();
    }

    /// <summary>Records a delivery that the receiver acknowledged (2xx).</summary>
    public Task RecordDeliveredAsync(long id, string node, int attempts, int statusCode, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.WebhookDeliveries.Where(d => d.Id == id && d.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered).SetProperty(d => d.Attempts, d => d.Attempts + attempts)
                .SetProperty(d => d.LastAttemptAt, now).SetProperty(d => d.DeliveredAt, now).SetProperty(d => d.LastStatusCode, statusCode)
                .SetProperty(d => d.LastError, (string?)null).SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
    }

    /// <summary>Records failed attempts: the delivery waits until <paramref name="retryAt"/>, or is dead-lettered once it has had <paramref name="maxAttempts"/>.</summary>
    public async Task RecordFailedAsync(WebhookDelivery delivery, string node, int attempts, int? statusCode, string error, DateTimeOffset retryAt, int maxAttempts,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var total = delivery.Attempts + attempts;
        var status = total >= maxAttempts ? WebhookDeliveryStatus.DeadLettered : WebhookDeliveryStatus.Pending;
        var trimmed = error.Length > 500 ? error[..500] : error;
        await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, status).SetProperty(d => d.Attempts, total)
                .SetProperty(d => d.LastAttemptAt, now).SetProperty(d => d.LastStatusCode, statusCode).SetProperty(d => d.LastError, trimmed)
                .SetProperty(d => d.NextAttemptAt, retryAt).SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
    }

    public async Task<DeliveryPage> ListAsync(string integratorId, string? subscriptionId, WebhookDeliveryStatus? status, string? caseNumber, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var q = from d in db.WebhookDeliveries.AsNoTracking()
                join s in db.WebhookSubscriptions.AsNoTracking() on d.SubscriptionId equals s.Id
                where s.IntegratorId == integratorId
                select d;
        if (subscriptionId is not null) q = q.Where(d => d.SubscriptionId == subscriptionId);
        if (status is { } wanted) q = q.Where(d => d.Status == wanted);
        if (caseNumber is not null) q = q.Where(d => d.CaseNumber == caseNumber);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new DeliveryPage(items, page, pageSize, total);
    }

    public async Task<WebhookDelivery> GetAsync(string integratorId, long id, CancellationToken cancellationToken = default) =>
        await (from d in db.WebhookDeliveries.AsNoTracking()
               join s in db.WebhookSubscriptions.AsNoTracking() on d.SubscriptionId equals s.Id
               where s.IntegratorId == integratorId && d.Id == id
               select d).FirstOrDefaultAsync(cancellationToken)
        ?? throw new IntegratorRefusedException("delivery-not-found", $"there is no delivery {id}", notFound: true);

    /// <summary>Sends a delivery again (dead-lettered, or delivered and lost by the receiver) with a fresh count of attempts.</summary>
    public async Task<WebhookDelivery> RedeliverAsync(string integratorId, long id, CancellationToken cancellationToken = default)
    {
        var delivery = await GetAsync(integratorId, id, cancellationToken);
        if (delivery.Status == WebhookDeliveryStatus.Pending)
            throw new IntegratorRefusedException("delivery-pending", $"delivery {id} is still being sent");
        var now = time.GetUtcNow();
        await db.WebhookDeliveries.Where(d => d.Id == id && d.Status == delivery.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null), cancellationToken);
        return await GetAsync(integratorId, id, cancellationToken);
    }
}
