using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Approvals.Samples;

/// <summary>
/// The sample workflows, one per example process of the demo catalog, as Elsa JSON files embedded in this assembly.
/// Loading publishes each as definition <c>sample-{package}</c> if it does not exist yet and points the package at it.
/// </summary>
public static class SampleWorkflows
{
    const string Prefix = "WorkflowEngine.Approvals.Samples.";

    /// <summary>The package codes that have a sample workflow.</summary>
    public static IReadOnlyList<string> PackageCodes => typeof(SampleWorkflows).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length]).Order().ToList();

    public static string DefinitionIdOf(string packageCode) => "sample-" + packageCode;

    public static JsonObject Read(string packageCode)
    {
        using var stream = typeof(SampleWorkflows).Assembly.GetManifestResourceStream(Prefix + packageCode + ".json")
            ?? throw new InvalidOperationException($"no sample workflow for package {packageCode}");
        return (JsonObject)JsonNode.Parse(stream)!;
    }

    /// <summary>Publishes the samples that are missing and links packages without a workflow to theirs; safe to run on every start.</summary>
    public static async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        foreach (var code in PackageCodes)
        {
            await using var scope = services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
            var definitionId = DefinitionIdOf(code);
            if ((await definitions.ListVersionsAsync(definitionId, cancellationToken)).Count == 0)
            {
                try
                {
                    await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveAsync(definitionId, Read(code), publish: true, cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another node published it at the same moment (unique definition id and version): it exists now.
                }
            }
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            await db.Packages.Where(p => p.Code == code && p.WorkflowDefinitionId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.WorkflowDefinitionId, definitionId), cancellationToken);
        }
    }
}
