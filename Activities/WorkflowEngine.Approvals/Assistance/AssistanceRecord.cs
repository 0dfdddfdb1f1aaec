using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Assistance;

/// <summary>
/// A department's assistance record over a period (协助事项考核): the requests it received, how many it answered on
/// time, how many late (answered late, or still open past the due date) and how many are open and not yet due.
/// </summary>
public sealed record DepartmentAssistanceRecord(string Department, DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<AssistanceRequest> Requests, int OnTime, int Late, int Pending);

/// <summary>Reads the assistance record of the departments that were asked for help.</summary>
public sealed class AssistanceRecord(ApprovalsDbContext db, TimeProvider time)
{
    /// <summary>The requests the department received in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public async Task<DepartmentAssistanceRecord> ForDepartmentAsync(string department, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var requests = await db.AssistanceRequests.AsNoTracking()
            .Where(r => r.AssistingDepartmentCode == department && r.RequestedAt >= from && r.RequestedAt < to)
            .OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        return Summarise(department, from, to, requests, time.GetUtcNow());
    }

    /// <summary>Counts a department's requests: on time, late (answered late, or open past the due date) and pending.</summary>
    public static DepartmentAssistanceRecord Summarise(string department, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<AssistanceRequest> requests, DateTimeOffset now)
    {
        var onTime = requests.Count(r => r.OnTime == true);
        var late = requests.Count(r => r.OnTime == false || (r.AnsweredAt is null && r.DueAt < now));
        return new DepartmentAssistanceRecord(department, from, to, requests, onTime, late, requests.Count - onTime - late);
    }
}
