using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>An integrator's webhook subscriptions: create (the signing secret is returned once), list, delete.</summary>
public sealed class WebhookSubscriptions(ApprovalsDbContext db, TimeProvider time)
{
    public async Task<WebhookSubscription> CreateAsync(ApiKey key, string url, IReadOnlyList<string>? events, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new IntegratorRefusedException("invalid-subscription", "the URL must be an absolute http or https address");
        var wanted = events is { Count: > 0 } ? events.Distinct().ToList() : [.. CaseEvents.All];
        if (wanted.Except(CaseEvents.All).ToList() is { Count: > 0 } unknown)
            throw new IntegratorRefusedException("invalid-subscription", $"unknown event: {string.Join(", ", unknown)}; known: {string.Join(", ", CaseEvents.All)}");
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7().ToString("N"), IntegratorId = key.IntegratorId, Url = uri.ToString(),
            Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), Events = wanted,
            Departments = [.. key.Departments], CreatedAt = time.GetUtcNow(),
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return subscription;
    }

    public async Task<List<WebhookSubscription>> ListAsync(string integratorId, CancellationToken cancellationToken = default) =>
        await db.WebhookSubscriptions.AsNoTracking().Where(s => s.IntegratorId == integratorId && s.DeletedAt == null)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Stops new deliveries; those already queued are still sent (they were promised when the event happened).</summary>
    public async Task DeleteAsync(string integratorId, string id, CancellationToken cancellationToken = default)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id && s.IntegratorId == integratorId && s.DeletedAt == null, cancellationToken)
            ?? throw new IntegratorRefusedException("subscription-not-found", $"there is no subscription {id}", notFound: true);
        subscription.DeletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
