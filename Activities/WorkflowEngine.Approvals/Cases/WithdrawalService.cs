using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The applicant withdraws an application (撤回申请): before acceptance the case becomes Withdrawn (2), after it Revoked
/// (14). Its workflow is cancelled (open tasks leave the inboxes), its clock completed and the case written in one
/// transaction, with the <c>case.withdrawn</c> event.
/// </summary>
public sealed class WithdrawalService(ApprovalsDbContext db, WorkflowRuntime runtime, ClockService clocks, TimeProvider time)
{
    public async Task<Case> WithdrawAsync(string caseNumber, string requestedBy, string? reason, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == caseNumber, cancellationToken)
            ?? throw new CaseRefusedException("unknown-case", $"there is no case {caseNumber}");
        if (Supplements.IsClosed(@case.Status) || @case.Status == CaseStatus.CompletedApprovedUnderDeferredMaterials)
            throw new CaseRefusedException("case-closed", $"case {caseNumber} is {@case.Status} and can no longer be withdrawn");
        if (string.IsNullOrWhiteSpace(requestedBy))
            throw new CaseRefusedException("invalid-withdrawal", "name who asks for the withdrawal");

        var now = time.GetUtcNow();
        var before = CaseFacts.Of(@case);
        var why = "申请人撤回申请" + (string.IsNullOrWhiteSpace(reason) ? "" : "：" + reason);
        ClockChange? clockChange = null;
        if (@case.ClockId is { } clockId && !(await clocks.ReadAsync(clockId, cancellationToken: cancellationToken)).Status.IsCompleted)
            clockChange = await clocks.PrepareAsync(clockId, clock => clock.Complete(requestedBy, why, now), @case.InstanceId, cancellationToken: cancellationToken);
        @case.MoveTo(@case.AcceptedAt is null ? CaseStatus.Withdrawn : CaseStatus.Revoked);
        @case.CompletedAt = now;

        IBurstParticipant? clockWrite = null;
        var changes = new ApprovalsChanges().Update(@case);
        try
        {
            await runtime.CancelAsync(@case.InstanceId, why, new Both(changes, () => clockWrite), services =>
            {
                services.GetRequiredService<CaseSession>().Track(@case, before);
                if (clockChange is not null) clockWrite = new ClockWrite(services.GetRequiredService<IClockStore>(), clockChange);
            }, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw new CaseRefusedException("case-changed", "the case changed at the same time; try again");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("already finished", StringComparison.Ordinal))
        {
            throw new CaseRefusedException("case-closed", $"the process of case {caseNumber} has ended; it can no longer be withdrawn");
        }
        return await db.Cases.AsNoTracking().FirstAsync(c => c.Number == caseNumber, cancellationToken);
    }

    sealed class Both(IBurstParticipant first, Func<IBurstParticipant?> second) : IBurstParticipant
    {
        public async Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken)
        {
            await first.WriteAsync(transaction, cancellationToken);
            if (second() is { } next) await next.WriteAsync(transaction, cancellationToken);
        }
    }
}
