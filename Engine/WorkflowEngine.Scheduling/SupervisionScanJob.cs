using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Scheduling;

/// <summary>Recomputes clock levels and raises alerts, when a scanner is registered.</summary>
[DisallowConcurrentExecution]
internal sealed class SupervisionScanJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<ISupervisionScanner>() is { } scanner)
            await scanner.ScanAsync(time.GetUtcNow(), cancellationToken);
    }
}
