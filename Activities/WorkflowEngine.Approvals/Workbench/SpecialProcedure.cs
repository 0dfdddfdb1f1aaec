using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// Special procedures (特别程序: hearing, expert review, inspection) that do not count toward the time limit
/// (Administrative Licensing Law art. 45): the department holding a task of the case stops the case clock and the case
/// shows status 9; ending it restarts the clock and shows status 10. Clock, case and journal change in one transaction.
/// </summary>
public sealed class SpecialProcedure(ApprovalsDbContext db, WorkflowDbContext workflow, CaseAccess access, ClockService clocks, TimeProvider time)
{
    /// <summary>The reasons a department may stop the clock for.</summary>
    public static readonly PauseReason[] Reasons = [PauseReason.Hearing, PauseReason.ExpertReview, PauseReason.Inspection, PauseReason.Other];

    public Task StartAsync(string caseNumber, Actor actor, PauseReason reason, string why, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, actor, why, CaseStatus.SpecialProcedureStarted, "SpecialProcedureStarted",
            (clock, at) => clock.Pause(reason, actor.UserId, why, at), cancellationToken);

    public Task EndAsync(string caseNumber, Actor actor, string why, CancellationToken cancellationToken = default) =>
        ChangeAsync(caseNumber, actor, why, CaseStatus.SpecialProcedureEnded, "SpecialProcedureEnded",
            (clock, at) => clock.Resume(actor.UserId, why, at), cancellationToken);

    async Task ChangeAsync(string caseNumber, Actor actor, string why, CaseStatus status, string journalEvent,
        Action<Clock, DateTimeOffset> operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(why)) throw new CaseRefusedException("reason-required", "say why (the applicant is told in writing)");
        await access.DemandAsync(caseNumber, actor, cancellationToken);
        if (!await db.HumanTasks.AnyAsync(t => t.CaseNumber == caseNumber && t.Status == HumanTaskStatus.Claimed && t.ClaimedBy == actor.UserId, cancellationToken))
            throw new TaskRefusedException("task-not-claimed", "only someone working on the case can stop or restart its clock");
        var @case = await db.Cases.AsNoTracking().FirstAsync(c => c.Number == caseNumber, cancellationToken);
        if (@case.ClockId is null || Supplements.IsClosed(@case.Status))
            throw new CaseRefusedException("no-running-clock", $"case {caseNumber} has no running clock");
        var now = time.GetUtcNow();
        ClockChange change;
        try
        {
            change = await clocks.PrepareAsync(@case.ClockId, clock => operation(clock, now), @case.InstanceId, cancellationToken: cancellationToken);
        }
        catch (ClockOperationException e)
        {
            throw new CaseRefusedException("clock-refused", e.Message);
        }
        @case.MoveTo(status);
        var line = new JournalRecord
        {
            InstanceId = @case.InstanceId, At = now, Event = journalEvent, Actor = actor.UserId, Message = why,
            Data = new JsonObject { ["department"] = actor.DepartmentCode }.ToJsonString(),
        };
        try
        {
            await JournaledWrite.WriteAsync(workflow, new ApprovalsChanges().Update(@case), line, cancellationToken,
                first: ct => clocks.SaveAsync(change, ct));
        }
        catch (Exception e) when (e is ConcurrencyConflictException or ClockConflictException)
        {
            throw new CaseRefusedException("case-changed", "the case changed at the same time; try again");
        }
    }
}
