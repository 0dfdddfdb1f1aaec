using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>The committed limit (承诺时限) of an application: its package's, or else its first matter's.</summary>
public static class CommittedLimits
{
    public static async Task<WorkingDuration> ForAsync(ApprovalsDbContext db, string? packageCode, IReadOnlyList<string> matterCodes, CancellationToken cancellationToken)
    {
        var package = packageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == packageCode, cancellationToken);
        if (package?.CommittedLimit is { } packageLimit) return WorkingDuration.Parse(packageLimit);
        var first = matterCodes[0];
        var matter = await db.Matters.AsNoTracking().FirstAsync(m => m.Code == first, cancellationToken);
        return WorkingDuration.Parse(matter.CommittedLimit);
    }

    /// <summary>Whether <paramref name="duration"/> is longer than <paramref name="limit"/> (days counted as 8 working hours).</summary>
    public static bool Exceeds(WorkingDuration duration, WorkingDuration limit) =>
        duration.ToWorkingTime(TimeSpan.FromHours(8)) > limit.ToWorkingTime(TimeSpan.FromHours(8));
}
