using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;

namespace WorkflowEngine.Persistence;

/// <summary>Tables of working calendars, clocks and supervision alerts.</summary>
internal static class TimeLimitModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CalendarRecord>(e =>
        {
            e.ToTable("calendars");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.ParentId).HasMaxLength(64);
            e.Property(x => x.TimeZone).HasMaxLength(64);
        });
        model.Entity<CalendarYearRecord>(e =>
        {
            e.ToTable("calendar_years");
            e.HasKey(x => new { x.CalendarId, x.Year });
            e.Property(x => x.CalendarId).HasMaxLength(64);
        });
        model.Entity<CalendarDayRecord>(e =>
        {
            e.ToTable("calendar_days");
            e.HasKey(x => new { x.CalendarId, x.Date });
            e.Property(x => x.CalendarId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(SpecialDay.MaxNameLength);
        });
        model.Entity<ClockRecord>(e =>
        {
            e.ToTable("clocks");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.OwnerType).HasMaxLength(64);
            e.Property(x => x.OwnerId).HasMaxLength(64);
            e.Property(x => x.CalendarId).HasMaxLength(64);
            e.Property(x => x.Level).HasMaxLength(16);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.OwnerType, x.OwnerId });
            e.HasIndex(x => new { x.CompletedAt, x.Level });
        });
        model.Entity<AlertRecord>(e =>
        {
            e.ToTable("alerts");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.ClockId).HasMaxLength(64);
            e.Property(x => x.OwnerType).HasMaxLength(64);
            e.Property(x => x.OwnerId).HasMaxLength(64);
            e.Property(x => x.Level).HasMaxLength(16);
            e.Property(x => x.PreviousLevel).HasMaxLength(16);
            e.Property(x => x.State).HasMaxLength(24);
            e.HasIndex(x => new { x.State, x.RaisedAt });
            e.HasIndex(x => x.ClockId);
        });
    }
}
