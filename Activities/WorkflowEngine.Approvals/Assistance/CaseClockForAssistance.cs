using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Assistance;

/// <summary>
/// Stops the requesting case's clock while assistance is awaited (暂停计时, reason Assistance) when its matters say so,
/// and starts it again when the last open request of the case is answered, so parallel requests share one pause.
/// </summary>
internal static class CaseClockForAssistance
{
    public static async Task PauseAsync(ActivityExecutionContext context, Case @case, string why)
    {
        if (@case.ClockId is not { } clockId || !await PausesAsync(context, @case)) return;
        var clocks = context.GetRequiredService<ClockService>();
        ClockView view;
        try
        {
            view = await clocks.ReadAsync(clockId, context.Now, context.CancellationToken);
        }
        catch (ClockNotFoundException)
        {
            // Started in this very burst and not written yet: a clock cannot take two changes in one burst.
            context.Journal("CaseClockNotPaused", message: "办件时限在同一步骤中刚开始计时，未能暂停；请在开始计时与行政协助之间设置等待");
            return;
        }
        if (view.Status.IsPaused || view.Status.IsCompleted) return;
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), await clocks.PrepareAsync(clockId,
            clock => clock.Pause(PauseReason.Assistance, "system", why, context.Now), context.InstanceId, cancellationToken: context.CancellationToken)));
    }

    public static async Task ResumeAsync(ActivityExecutionContext context, Case @case, string answeredRequestId)
    {
        if (@case.ClockId is not { } clockId || !await PausesAsync(context, @case)) return;
        var db = context.GetRequiredService<ApprovalsDbContext>();
        if (await db.AssistanceRequests.AnyAsync(r => r.CaseNumber == @case.Number && r.Id != answeredRequestId && r.AnsweredAt == null, context.CancellationToken))
            return; // another assisting department is still working on this case
        var clocks = context.GetRequiredService<ClockService>();
        var view = await clocks.ReadAsync(clockId, context.Now, context.CancellationToken);
        if (!view.Status.IsPaused || view.Pauses[^1].Reason != PauseReason.Assistance) return;
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), await clocks.PrepareAsync(clockId,
            clock => clock.Resume("system", "协助结果已送达", context.Now), context.InstanceId, cancellationToken: context.CancellationToken)));
    }

    static async Task<bool> PausesAsync(ActivityExecutionContext context, Case @case)
    {
        var db = context.GetRequiredService<ApprovalsDbContext>();
        return await db.Matters.AsNoTracking().AnyAsync(m => @case.MatterCodes.Contains(m.Code) && m.PausesForAssistance, context.CancellationToken);
    }
}
