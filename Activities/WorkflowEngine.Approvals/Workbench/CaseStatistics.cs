using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// Case statistics per department and matter over a period of receipt, by the published definitions (docs/workbench.md):
/// a case of a package counts for each of its matters. Instant: completed on the working day it was received (即办).
/// On time: completed by the committed deadline; early: completed on a day before the deadline's day; overdue:
/// completed after it, or still open past it. Working days used: working time from acceptance to completion on the
/// centre's calendar, pauses included. Compression ratio: committed limit ÷ statutory limit. Deferred materials in
/// time: every deferred material received by its deadline. Three queries, whatever the number of cases.
/// </summary>
public sealed class CaseStatistics(ApprovalsDbContext approvals, WorkflowDbContext workflow, IWorkingCalendars calendars, TimeProvider time)
{
    public async Task<IReadOnlyList<StatisticsRow>> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var cases = await approvals.Cases.AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to).ToListAsync(cancellationToken);
        var clockIds = cases.Select(c => c.ClockId).OfType<string>().ToList();
        var dueAt = await workflow.Clocks.AsNoTracking().Where(c => clockIds.Contains(c.Id)).Select(c => new { c.Id, c.DueAt })
            .ToDictionaryAsync(c => c.Id, c => c.DueAt, cancellationToken);
        var matters = await approvals.Matters.AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);
        var calendar = await calendars.GetAsync("cn", cancellationToken);
        var now = time.GetUtcNow();

        return cases.SelectMany(c => c.MatterCodes.Where(matters.ContainsKey).Select(code => (Matter: matters[code], Case: c)))
            .GroupBy(x => x.Matter.Code)
            .Select(g =>
            {
                var matter = g.First().Matter;
                var list = g.Select(x => x.Case).ToList();
                var done = list.Where(c => c.CompletedAt is not null && c.Status is not (CaseStatus.Refused or CaseStatus.NotAccepted)).ToList();
                DateTimeOffset? Due(Case c) => c.ClockId is { } id ? dueAt.GetValueOrDefault(id) : null;
                var early = done.Count(c => Due(c) is { } d && calendar.DateOf(c.CompletedAt!.Value) < calendar.DateOf(d));
                var onTime = done.Count(c => Due(c) is not { } d || c.CompletedAt <= d);
                var overdue = done.Count - onTime + list.Count(c => c.CompletedAt is null && Due(c) is { } d && d < now);
                var used = done.Where(c => c.AcceptedAt is not null)
                    .Select(c => (decimal)(calendar.WorkingTimeBetween(c.AcceptedAt!.Value, c.CompletedAt!.Value) / calendar.WorkingHours.PerDay)).ToList();
                var deferred = list.Where(c => c.Materials.Any(m => m.Deferred)).ToList();
                var committed = Days(matter.CommittedLimit);
                var statutory = Days(matter.StatutoryLimit);
                return new StatisticsRow(matter.DepartmentCode, matter.Code, matter.Name, list.Count, done.Count,
                    Rate(done.Count(c => calendar.DateOf(c.CompletedAt!.Value) == calendar.DateOf(c.ReceivedAt)), list.Count),
                    Rate(onTime, done.Count), Rate(early, done.Count), Rate(overdue, list.Count),
                    used.Count == 0 ? null : Math.Round(used.Average(), 2), committed, statutory,
                    statutory == 0 ? 0 : Math.Round(committed / statutory, 4),
                    deferred.Count,
                    deferred.Count(c => c.Materials.Where(m => m.Deferred).All(m => m.ReceivedAt is { } r && (m.DeferredUntil is null || r <= m.DeferredUntil))));
            })
            .OrderBy(r => r.Department).ThenBy(r => r.MatterCode).ToList();
    }

    static decimal Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);

    /// <summary>A limit in working days ("0.5d" = 0.5; hours and minutes as shares of an eight-hour day).</summary>
    static decimal Days(string limit) => WorkingDuration.TryParse(limit, out var d)
        ? d.Unit switch { WorkingDurationUnit.Days => d.Value, WorkingDurationUnit.Hours => d.Value / 8, _ => d.Value / 480 }
        : 0;
}
