using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// A person's inbox with what the screen shows next to each task, read in a fixed number of queries whatever the
/// number of tasks (the tasks, their cases, their clocks, the catalog names): never one query per row.
/// </summary>
public sealed class Inbox(TaskService tasks, ApprovalsDbContext approvals, WorkflowDbContext workflow, TimeProvider time)
{
    /// <summary>The department's open work for the actor's role and what they claimed, soonest due first.</summary>
    public async Task<IReadOnlyList<InboxRow>> ForAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var open = await tasks.InboxAsync(actor, cancellationToken);
        var numbers = open.Select(t => t.CaseNumber).OfType<string>().Distinct().ToList();
        var cases = await approvals.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number))
            .Select(c => new { c.Number, c.Applicant.Name, c.Status, c.ClockId, c.PackageCode, c.MatterCodes })
            .ToDictionaryAsync(c => c.Number, cancellationToken);
        var clockIds = cases.Values.Select(c => c.ClockId).OfType<string>().ToList();
        var clocks = await workflow.Clocks.AsNoTracking().Where(c => clockIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Level, c.DueAt, c.IsPaused, c.CompletedAt })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var names = await SubjectsAsync(cancellationToken);
        var now = time.GetUtcNow();

        var rows = open.Select(task =>
        {
            var @case = task.CaseNumber is { } n ? cases.GetValueOrDefault(n) : null;
            var clock = @case?.ClockId is { } id ? clocks.GetValueOrDefault(id) : null;
            var due = task.DueAt ?? clock?.DueAt;
            var level = clock is { CompletedAt: null } && Enum.TryParse<ClockLevel>(clock.Level, out var l) ? l : ClockLevel.Normal;
            if (due is { } d && d < now && level < ClockLevel.Overdue) level = ClockLevel.Overdue; // between two scans
            var subject = @case is null ? null
                : @case.PackageCode is { } p ? names.GetValueOrDefault(p, p)
                : string.Join("、", @case.MatterCodes.Select(m => names.GetValueOrDefault(m, m)));
            return new InboxRow(task, @case?.Name, subject, @case?.Status, due, level, clock?.IsPaused ?? false);
        });
        return rows.OrderBy(r => r.DueAt is null).ThenBy(r => r.DueAt).ThenBy(r => r.Task.CreatedAt).ToList();
    }

    /// <summary>Package and matter names by code: the catalog is small, one read each.</summary>
    async Task<Dictionary<string, string>> SubjectsAsync(CancellationToken cancellationToken)
    {
        var names = await approvals.Packages.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        foreach (var (code, name) in await approvals.Matters.AsNoTracking().Select(m => new { m.Code, m.Name }).ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken))
            names.TryAdd(code, name);
        return names;
    }
}
