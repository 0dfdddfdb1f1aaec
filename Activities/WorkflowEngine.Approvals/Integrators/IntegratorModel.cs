using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>The tables of the integrator API: keys, idempotency records, webhook subscriptions and deliveries, and a case's matters.</summary>
internal static class IntegratorModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CaseMatter>(e =>
        {
            e.ToTable("approval_case_matters");
            e.HasKey(x => new { x.CaseNumber, x.MatterCode });
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.MatterCode).HasMaxLength(32);
            e.Property(x => x.DepartmentCode).HasMaxLength(32);
            e.HasIndex(x => new { x.DepartmentCode, x.CaseNumber });
            e.HasIndex(x => new { x.MatterCode, x.CaseNumber });
        });
        model.Entity<ApiKey>(e =>
        {
            e.ToTable("integrator_api_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.IntegratorId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.RevokedBy).HasMaxLength(64);
            e.Ignore(x => x.IsRevoked);
            e.Ignore(x => x.CoversAllDepartments);
            ApprovalsDbContext.Json(e.Property(x => x.Departments));
            ApprovalsDbContext.Json(e.Property(x => x.Scopes));
            e.HasIndex(x => x.Hash).IsUnique();
        });
        model.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("integrator_idempotency_keys");
            e.HasKey(x => new { x.IntegratorId, x.Key });
            e.Property(x => x.IntegratorId).HasMaxLength(64);
            e.Property(x => x.Key).HasMaxLength(IdempotentIntake.MaxKeyLength);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
        });
        model.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("integrator_webhook_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.IntegratorId).HasMaxLength(64);
            e.Property(x => x.Url).HasMaxLength(2048);
            e.Property(x => x.Secret).HasMaxLength(128);
            ApprovalsDbContext.Json(e.Property(x => x.Events));
            ApprovalsDbContext.Json(e.Property(x => x.Departments));
            e.HasIndex(x => x.IntegratorId);
        });
        model.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("integrator_webhook_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.EventId).HasMaxLength(64);
            e.Property(x => x.SubscriptionId).HasMaxLength(64);
            e.Property(x => x.EventType).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ClaimedBy).HasMaxLength(128);
            // The dispatcher's scan for due work, and the head-of-line check per subscription and case.
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => new { x.SubscriptionId, x.CaseNumber, x.Status, x.Id });
            e.HasIndex(x => new { x.EventId, x.SubscriptionId }).IsUnique();
        });
    }
}
