using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>The fork/join process on the engine with persistence: every start and every resume is its own commit.</summary>
internal static class ForkJoinOnEngine
{
    public static async Task<double> RunAsync(TestDatabase database, int instances, int clients = 1)
    {
        await using var engine = await TestEngine.StartAsync(database);
        var definition = await engine.PublishAsync(Flow.ForkOfThreeEvents().Build());
        var rate = await Clients.RunAsync(clients, instances, async (_, first, count) =>
        {
            for (var i = first; i < first + count; i++)
            {
                var key = i.ToString();
                await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest(new JsonObject { ["key"] = key }));
                foreach (var branch in new[] { "a", "b", "c" })
                    await engine.Runtime.ResumeAsync("Elsa.Event", $"e-{branch}-{key}", null);
            }
        });
        var last = await engine.InScopeAsync<IWorkflowInstanceStore, InstancePage>(s => s.ListAsync(new InstanceQuery(Status: WorkflowStatus.Finished, PageSize: 1)));
        if (last.TotalCount != instances) throw new InvalidOperationException($"only {last.TotalCount} of {instances} instances finished");
        return rate;
    }
}
