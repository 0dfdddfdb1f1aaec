using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Data;

/// <summary>
/// The approvals tables. A context of its own with its own migrations (the engine knows nothing of it); in a burst it
/// writes on the engine's connection and transaction, so domain rows and workflow state commit together.
/// </summary>
public abstract class ApprovalsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__approvals_migrations";

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<AssistanceItem> AssistanceItems => Set<AssistanceItem>();
    public DbSet<Package> Packages => Set<Package>();
    public DbSet<Tasks.HumanTask> HumanTasks => Set<Tasks.HumanTask>();
    public DbSet<Cases.Case> Cases => Set<Cases.Case>();
    public DbSet<Supervision.RefusalReport> RefusalReports => Set<Supervision.RefusalReport>();
    public DbSet<Assistance.AssistanceRequest> AssistanceRequests => Set<Assistance.AssistanceRequest>();
    public DbSet<Staff.StaffMember> Staff => Set<Staff.StaffMember>();
    public DbSet<Staff.KeyRingEntry> KeyRing => Set<Staff.KeyRingEntry>();
    public DbSet<Cases.CaseMatter> CaseMatters => Set<Cases.CaseMatter>();
    public DbSet<Integrators.ApiKey> ApiKeys => Set<Integrators.ApiKey>();
    public DbSet<Integrators.IdempotencyRecord> IdempotencyRecords => Set<Integrators.IdempotencyRecord>();
    public DbSet<Integrators.WebhookSubscription> WebhookSubscriptions => Set<Integrators.WebhookSubscription>();
    public DbSet<Integrators.WebhookDelivery> WebhookDeliveries => Set<Integrators.WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Department>(e =>
        {
            e.ToTable("approval_departments");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(128);
        });
        model.Entity<Matter>(e =>
        {
            e.ToTable("approval_matters");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(256);
            e.Property(x => x.DepartmentCode).HasMaxLength(32);
            e.Property(x => x.StatutoryLimit).HasMaxLength(16);
            e.Property(x => x.CommittedLimit).HasMaxLength(16);
            e.Property(x => x.CaseType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LicenceName).HasMaxLength(128);
            e.Ignore(x => x.IsInstant);
            Json(e.Property(x => x.Materials));
            e.HasIndex(x => x.DepartmentCode);
        });
        model.Entity<AssistanceItem>(e =>
        {
            e.ToTable("approval_assistance_items");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.RequestingDepartmentCode).HasMaxLength(32);
            e.Property(x => x.AssistingDepartmentCode).HasMaxLength(32);
            e.Property(x => x.TimeLimit).HasMaxLength(16);
            e.HasIndex(x => x.RequestingDepartmentCode);
        });
        model.Entity<Package>(e =>
        {
            e.ToTable("approval_packages");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(256);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CommittedLimit).HasMaxLength(16);
            e.Property(x => x.StatutoryLimit).HasMaxLength(16);
            e.Property(x => x.WorkflowDefinitionId).HasMaxLength(64);
            Json(e.Property(x => x.Members));
            Json(e.Property(x => x.MaterialRules));
        });
        model.Entity<Tasks.HumanTask>(e =>
        {
            e.ToTable("approval_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.InstanceId).HasMaxLength(64);
            e.Property(x => x.BookmarkId).HasMaxLength(64);
            e.Property(x => x.NodeId).HasMaxLength(128);
            e.Property(x => x.DepartmentCode).HasMaxLength(32);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(256);
            e.Property(x => x.AssignedTo).HasMaxLength(64);
            e.Property(x => x.ClaimedBy).HasMaxLength(64);
            e.Property(x => x.CompletedBy).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.Revision).IsConcurrencyToken();
            Json(e.Property(x => x.AllowedOutcomes));
            Json(e.Property(x => x.ExcludedUsers));
            Json(e.Property(x => x.AddedApprovers));
            e.Property(x => x.ParentTaskId).HasMaxLength(64);
            e.Property(x => x.AddedBy).HasMaxLength(64);
            e.Property(x => x.RequiredFields).HasConversion(
                v => JsonSerializer.Serialize(v, WorkflowJson.Options),
                v => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(v, WorkflowJson.Options) ?? new(),
                new ValueComparer<Dictionary<string, List<string>>>(
                    (a, b) => JsonSerializer.Serialize(a, WorkflowJson.Options) == JsonSerializer.Serialize(b, WorkflowJson.Options),
                    v => JsonSerializer.Serialize(v, WorkflowJson.Options).GetHashCode(),
                    v => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(JsonSerializer.Serialize(v, WorkflowJson.Options), WorkflowJson.Options)!));
            // The inbox: a department's open work for a role, soonest due first.
            e.HasIndex(x => new { x.DepartmentCode, x.Role, x.Status, x.DueAt });
            e.HasIndex(x => new { x.ClaimedBy, x.Status });
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.CaseNumber);
            // Completing a task looks up its bookmark's tasks and any 加签 opinions still owed on it.
            e.HasIndex(x => x.BookmarkId);
            e.HasIndex(x => x.ParentTaskId);
        });
        model.Entity<Supervision.RefusalReport>(e =>
        {
            e.ToTable("approval_refusal_reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.ApplicantName).HasMaxLength(128);
            e.Property(x => x.ApplicantPhone).HasMaxLength(32);
            e.Property(x => x.RefusedBy).HasMaxLength(64);
            e.Property(x => x.ReviewedBy).HasMaxLength(64);
            e.Property(x => x.Revision).IsConcurrencyToken();
            Json(e.Property(x => x.MatterCodes));
            e.HasIndex(x => new { x.ReviewedAt, x.RefusedAt });
        });
        model.Entity<Cases.Case>(e =>
        {
            e.ToTable("approval_cases");
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.PackageCode).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(48);
            e.Property(x => x.InstanceId).HasMaxLength(64);
            e.Property(x => x.ClockId).HasMaxLength(64);
            e.Property(x => x.ReceivedBy).HasMaxLength(64);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.OwnsOne(x => x.Applicant, a =>
            {
                a.Property(p => p.Name).HasColumnName("ApplicantName").HasMaxLength(128);
                a.Property(p => p.IdType).HasColumnName("ApplicantIdType").HasMaxLength(32);
                a.Property(p => p.IdNumber).HasColumnName("ApplicantIdNumber").HasMaxLength(64);
                a.Property(p => p.Phone).HasColumnName("ApplicantPhone").HasMaxLength(32);
                a.Property(p => p.Organization).HasColumnName("ApplicantOrganization").HasMaxLength(256);
                // The window finds cases by the applicant's name or ID number.
                a.HasIndex(p => p.IdNumber);
                a.HasIndex(p => p.Name);
            });
            Json(e.Property(x => x.MatterCodes));
            Json(e.Property(x => x.Materials));
            Json(e.Property(x => x.Documents));
            e.HasIndex(x => new { x.Status, x.ReceivedAt });
            e.HasIndex(x => x.InstanceId).IsUnique();
        });
        model.Entity<Assistance.AssistanceRequest>(e =>
        {
            e.ToTable("approval_assistance_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.InstanceId).HasMaxLength(64);
            e.Property(x => x.ItemCode).HasMaxLength(32);
            e.Property(x => x.RequestingDepartmentCode).HasMaxLength(32);
            e.Property(x => x.AssistingDepartmentCode).HasMaxLength(32);
            e.Property(x => x.Outcome).HasMaxLength(32);
            e.Property(x => x.TaskId).HasMaxLength(64);
            e.Property(x => x.ClockId).HasMaxLength(64);
            e.Property(x => x.Revision).IsConcurrencyToken();
            // The department's record over a period, and a case's open requests.
            e.HasIndex(x => new { x.AssistingDepartmentCode, x.RequestedAt });
            e.HasIndex(x => x.CaseNumber);
        });
        model.Entity<Staff.StaffMember>(e =>
        {
            e.ToTable("approval_staff");
            e.HasKey(x => x.UserName);
            e.Property(x => x.UserName).HasMaxLength(64);
            e.Property(x => x.DisplayName).HasMaxLength(128);
            e.Property(x => x.DepartmentCode).HasMaxLength(32);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PasswordHash).HasMaxLength(256);
            e.HasIndex(x => new { x.DepartmentCode, x.Role });
        });
        model.Entity<Staff.KeyRingEntry>(e =>
        {
            e.ToTable("approval_key_ring");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(128);
        });
        Integrators.IntegratorModel.Configure(model);
    }

    // Small lists that are always read with their owner: one JSON column each, the same on SQLite and PostgreSQL.
    internal static void Json<T>(PropertyBuilder<List<T>> property) => property
        .HasConversion(
            v => JsonSerializer.Serialize(v, WorkflowJson.Options),
            v => JsonSerializer.Deserialize<List<T>>(v, WorkflowJson.Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, WorkflowJson.Options) == JsonSerializer.Serialize(b, WorkflowJson.Options),
                v => JsonSerializer.Serialize(v, WorkflowJson.Options).GetHashCode(),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, WorkflowJson.Options), WorkflowJson.Options)!));
}

/// <summary>The approvals tables on SQLite.</summary>
public sealed class SqliteApprovalsDbContext(DbContextOptions<SqliteApprovalsDbContext> options) : ApprovalsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => Persistence.ProviderConventions.UseUtcTicks(conventions);
}

/// <summary>The approvals tables on PostgreSQL.</summary>
public sealed class PostgresApprovalsDbContext(DbContextOptions<PostgresApprovalsDbContext> options) : ApprovalsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) => Persistence.ProviderConventions.UseUtc(conventions);
}
