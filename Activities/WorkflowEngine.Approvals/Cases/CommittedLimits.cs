using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The limits of an application: committed (承诺时限), its package's or else its first matter's; statutory (法定时限), its
/// package's own or else the longest among its matters. One place, so the clock, the deferral deadline and the catalog's
/// check agree.
/// </summary>
public static class CommittedLimits
{
    /// <summary>Only to compare a limit in days with one in hours; the calendar decides real working hours.</summary>
    static readonly TimeSpan NominalWorkingDay = TimeSpan.FromHours(8);

    public static async Task<WorkingDuration> ForAsync(ApprovalsDbContext db, string? packageCode, IReadOnlyList<string> matterCodes, CancellationToken cancellationToken) =>
        (await BothAsync(db, packageCode, matterCodes, cancellationToken)).Committed;

    /// <summary>The committed and statutory limits of an application for <paramref name="matterCodes"/> (in a package or alone).</summary>
    public static async Task<(WorkingDuration Committed, WorkingDuration Statutory)> BothAsync(ApprovalsDbContext db, string? packageCode,
        IReadOnlyList<string> matterCodes, CancellationToken cancellationToken)
    {
        var package = packageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == packageCode, cancellationToken);
        var matters = await db.Matters.AsNoTracking().Where(m => matterCodes.Contains(m.Code)).ToListAsync(cancellationToken);
        return Of(package, matters, matterCodes[0]);
    }

    /// <summary>The limits of an application from its package (or none) and matters already read; the first matter's committed limit when there is no package.</summary>
    public static (WorkingDuration Committed, WorkingDuration Statutory) Of(Package? package, IReadOnlyList<Matter> matters, string firstMatterCode) =>
        (WorkingDuration.Parse(package?.CommittedLimit ?? matters.First(m => m.Code == firstMatterCode).CommittedLimit), Statutory(package, matters));

    /// <summary>The package's own statutory limit, or the longest of its matters'.</summary>
    public static WorkingDuration Statutory(Package? package, IEnumerable<Matter> matters) =>
        package?.StatutoryLimit is { Length: > 0 } own ? WorkingDuration.Parse(own)
            : matters.Select(m => WorkingDuration.Parse(m.StatutoryLimit)).MaxBy(d => d.ToWorkingTime(NominalWorkingDay));

    /// <summary>Whether <paramref name="duration"/> is longer than <paramref name="limit"/> (days counted as 8 working hours).</summary>
    public static bool Exceeds(WorkingDuration duration, WorkingDuration limit) =>
        duration.ToWorkingTime(NominalWorkingDay) > limit.ToWorkingTime(NominalWorkingDay);
}
