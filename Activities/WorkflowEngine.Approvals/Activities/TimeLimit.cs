using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>What a time-limit step does to the case clock.</summary>
public enum ClockOperation { Start, Pause, Resume, Extend, Complete }

/// <summary>
/// Starts, pauses, resumes, extends or completes the case's clock (时限). Started from the case's matters: the
/// package's committed limit (or the matter's), and the longest statutory limit among its matters. Every change is
/// journaled with who and why, in the same transaction as the workflow step.
/// </summary>
[Activity("Approvals", "政务审批", "办件时限：开始、暂停、恢复、延长或结束计时。Starts, pauses, resumes, extends or completes the case clock.",
    DisplayName = "办件时限 Time limit")]
[FlowNode("Done")]
public sealed class TimeLimit : Activity
{
    [Input(DisplayName = "操作 Operation")]
    public Input<ClockOperation> Operation { get; set; } = new(ClockOperation.Start);

    [Input(DisplayName = "暂停原因 Pause reason", Description = "Why the clock stops: correction, assistance, hearing, expert review, inspection, other.")]
    public Input<PauseReason> Reason { get; set; } = new(PauseReason.Other);

    [Input(DisplayName = "延长时限 Extension", Description = "An approved extension, e.g. 10d.")]
    public Input<string> Extension { get; set; } = new();

    [Input(DisplayName = "说明 Why", Description = "Recorded with the change.")]
    public Input<string> Why { get; set; } = new();

    [Input(DisplayName = "工作日历 Calendar")]
    public Input<string> CalendarId { get; set; } = new("cn");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        var clocks = context.GetRequiredService<ClockService>();
        var why = context.Get(Why) ?? "";
        const string by = "system";
        var change = context.Get(Operation) switch
        {
            ClockOperation.Start => await StartAsync(context, clocks, @case, why),
            var operation => await clocks.PrepareAsync(@case.ClockId ?? throw new InvalidOperationException($"case {@case.Number} has no clock yet"), clock =>
            {
                _ = operation switch
                {
                    ClockOperation.Pause => clock.Pause(context.Get(Reason), by, why, context.Now),
                    ClockOperation.Resume => clock.Resume(by, why, context.Now),
                    ClockOperation.Extend => clock.Extend(WorkingDuration.Parse(context.Get(Extension) ?? throw new InvalidOperationException("no extension given")), by, why, context.Now),
                    _ => clock.Complete(by, why, context.Now),
                };
            }, context.InstanceId, cancellationToken: context.CancellationToken),
        };
        if (@case.ClockId != change.Clock.Id)
        {
            @case.ClockId = change.Clock.Id;
            session.Changed(context, @case);
        }
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), change));
        context.Complete();
    }

    async Task<ClockChange> StartAsync(ActivityExecutionContext context, ClockService clocks, Case @case, string why)
    {
        var (committed, statutory) = await CommittedLimits.BothAsync(context.GetRequiredService<ApprovalsDbContext>(), @case.PackageCode,
            @case.MatterCodes, context.CancellationToken);
        return await clocks.PrepareStartAsync(new ClockStartRequest("case", @case.Number, context.Get(CalendarId) ?? "cn", committed, statutory, "system",
            why.Length > 0 ? why : "受理") { At = @case.AcceptedAt ?? context.Now, InstanceId = context.InstanceId }, context.CancellationToken);
    }
}
