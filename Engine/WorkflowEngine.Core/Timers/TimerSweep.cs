using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Timers;

/// <summary>
/// Resumes timers that have come due. Safe to run on several nodes at once: a timer acts in the same commit that
/// burns its bookmark, so the second node to try finds nothing to resume.
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, WorkflowRuntime runtime, TimeProvider time, ILogger<TimerSweep> logger)
{
    /// <summary>Fires every timer due now, in due order, in batches; returns how many acted on this node.</summary>
    public async Task<int> FireDueAsync(int batchSize = 200, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<Bookmark> due;
            await using (var scope = scopes.CreateAsyncScope())
                due = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindDueBookmarksAsync(time.GetUtcNow(), batchSize, cancellationToken);
            var firedInBatch = 0;
            foreach (var bookmark in due)
            {
                try
                {
                    await runtime.ResumeAsync(bookmark, new JsonObject { [TimerStimulus.InputKey] = true }, cancellationToken);
                    firedInBatch++;
                }
                catch (BookmarkNotFoundException)
                {
                    // Another node fired it first; it acted once, which is the point.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The instance keeps its timer; the next sweep tries again rather than losing it.
                    logger.LogError(e, "Timer {BookmarkId} of instance {InstanceId} could not be fired", bookmark.Id, bookmark.InstanceId);
                }
            }
            fired += firedInBatch;
            if (due.Count < batchSize || firedInBatch == 0) break;
        }
        return fired;
    }
}
