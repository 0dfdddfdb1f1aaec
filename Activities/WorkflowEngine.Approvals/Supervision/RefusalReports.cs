using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Supervision;

/// <summary>The supervisor's list of refusals to review, and the review itself.</summary>
public sealed class RefusalReports(ApprovalsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<RefusalReport>> ListAsync(bool pendingOnly = true, CancellationToken cancellationToken = default) =>
        await db.RefusalReports.AsNoTracking().Where(r => !pendingOnly || r.ReviewedAt == null)
            .OrderBy(r => r.RefusedAt).ToListAsync(cancellationToken);

    public async Task<RefusalReport> ReviewAsync(string reportId, string supervisor, string finding, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(finding)) throw new CaseRefusedException("finding-required", "a review needs a finding");
        var report = await db.RefusalReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken)
            ?? throw new CaseRefusedException("refusal-report-not-found", $"there is no refusal report {reportId}");
        if (report.ReviewedAt is not null) throw new CaseRefusedException("refusal-report-reviewed", $"reviewed already by {report.ReviewedBy}");
        report.ReviewedBy = supervisor;
        report.ReviewedAt = time.GetUtcNow();
        report.Finding = finding;
        report.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
