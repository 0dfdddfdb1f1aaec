using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Server;

/// <summary>Healthy when the workflow database answers.</summary>
internal sealed class DatabaseHealthCheck(WorkflowDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the workflow database does not answer");
}
