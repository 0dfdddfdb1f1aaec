using WorkflowEngine.Activities;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>Changes a case's clock inside the burst (if the case has one), written with the burst's transaction.</summary>
internal static class CaseClocks
{
    public static async Task ChangeAsync(ActivityExecutionContext context, Case @case, Action<Clock> operation)
    {
        if (@case.ClockId is null) return;
        var change = await context.GetRequiredService<ClockService>().PrepareAsync(@case.ClockId, operation, context.InstanceId,
            cancellationToken: context.CancellationToken);
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), change));
    }
}
