using Quartz;
using WorkflowEngine.Timers;

namespace WorkflowEngine.Scheduling;

/// <summary>Fires due timers. One node at a time in a cluster; correctness does not depend on it (see <see cref="TimerSweep"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class TimerSweepJob(TimerSweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sweep.FireDueAsync(cancellationToken: cancellationToken);
}
