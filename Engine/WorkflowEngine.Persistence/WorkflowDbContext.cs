using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Persistence;

/// <summary>The engine's tables. One derived context per database provider carries that provider's migrations.</summary>
public abstract class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<CalendarRecord> Calendars => Set<CalendarRecord>();
    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<ClockRecord> Clocks => Set<ClockRecord>();
    public DbSet<AlertRecord> Alerts => Set<AlertRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DefinitionRecord>(e =>
        {
            e.ToTable("workflow_definitions");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(256);
            e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.IsLatest, x.Name });
            e.HasIndex(x => new { x.IsPublished, x.DefinitionId });
        });
        model.Entity<InstanceRecord>(e =>
        {
            e.ToTable("workflow_instances");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.DefinitionVersionId).HasMaxLength(64);
            e.Property(x => x.CorrelationId).HasMaxLength(128);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.SubStatus).HasMaxLength(16);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.DefinitionId, x.CreatedAt });
            e.HasIndex(x => new { x.Status, x.SubStatus, x.CreatedAt });
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => x.CreatedAt);
        });
        model.Entity<BookmarkRecord>(e =>
        {
            e.ToTable("workflow_bookmarks");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.InstanceId).HasMaxLength(64);
            e.Property(x => x.ActivityType).HasMaxLength(128);
            e.Property(x => x.StimulusHash).HasMaxLength(64);
            e.HasIndex(x => new { x.ActivityType, x.StimulusHash });
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.DueAt);
        });
        model.Entity<TriggerRecord>(e =>
        {
            e.ToTable("workflow_triggers");
            e.Property(x => x.Id).HasMaxLength(64);
            e.HasIndex(x => new { x.ActivityType, x.StimulusHash });
            e.HasIndex(x => x.DefinitionId);
        });
        model.Entity<JournalRecord>(e =>
        {
            e.ToTable("workflow_journal");
            e.Property(x => x.InstanceId).HasMaxLength(64);
            e.Property(x => x.Event).HasMaxLength(64);
            e.HasIndex(x => new { x.InstanceId, x.Id });
        });
        model.Entity<OutboxRecord>(e =>
        {
            e.ToTable("workflow_outbox");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Topic).HasMaxLength(128);
            e.HasIndex(x => new { x.DispatchedAt, x.CreatedAt });
        });
        TimeLimitModel.Configure(model);
    }
}
