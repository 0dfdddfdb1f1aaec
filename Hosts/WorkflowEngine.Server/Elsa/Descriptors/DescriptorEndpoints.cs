using System.Text.Json.Nodes;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa.Descriptors;

/// <summary>
/// What the editor needs to know before it draws anything: the activity descriptors (from our activity classes, with
/// catalog dropdowns filled in), the expression syntaxes, and the option lists of the settings tabs.
/// </summary>
internal static class DescriptorEndpoints
{
    public static RouteGroupBuilder MapDescriptors(this RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/activities", Activities);
        api.MapGet("/descriptors/expression-descriptors", () => TypedResults.Json(StudioOptionLists.ExpressionDescriptors()));
        api.MapGet("/descriptors/workflow-activation-strategies", () => TypedResults.Json(StudioOptionLists.ActivationStrategies()));
        api.MapGet("/descriptors/log-persistence-strategies", () => TypedResults.Json(StudioOptionLists.LogPersistenceStrategies()));
        api.MapGet("/descriptors/incident-strategies", () => TypedResults.Json(StudioOptionLists.IncidentStrategies()));
        api.MapGet("/descriptors/commit-strategies/workflows", () => TypedResults.Json(StudioOptionLists.CommitStrategies()));
        api.MapGet("/descriptors/commit-strategies/activities", () => TypedResults.Json(StudioOptionLists.CommitStrategies()));
        api.MapGet("/descriptors/storage-drivers", () => TypedResults.Json(StudioOptionLists.StorageDrivers()));
        api.MapGet("/descriptors/variables", () => TypedResults.Json(StudioOptionLists.VariableTypes()));
        api.MapGet("/features/installed", () => TypedResults.Json(new JsonObject { ["items"] = new JsonArray(), ["count"] = 0 }));
        return api;
    }

    /// <summary>Every registered activity; dropdowns are read from their providers on each call, so a catalog change shows on the next refresh.</summary>
    static IResult Activities(ActivityRegistry registry, IEnumerable<IInputOptionsProvider> providers)
    {
        var byName = providers.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var descriptors = registry.All
            .OrderBy(r => r.Descriptor.Category, StringComparer.Ordinal).ThenBy(r => r.Descriptor.DisplayName, StringComparer.Ordinal)
            .Select(r => ActivityDescriber.WithOptions(r, byName))
            .ToList();
        return TypedResults.Json(new { items = descriptors, count = descriptors.Count }, WorkflowJson.Options);
    }
}
