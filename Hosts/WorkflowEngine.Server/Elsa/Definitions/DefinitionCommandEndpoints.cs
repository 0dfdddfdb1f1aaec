using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>
/// Changing definitions by Elsa's rules: save (over the latest draft, or version N+1 after a publish), publish,
/// retract, revert to an earlier version, delete a version or the whole definition.
/// </summary>
internal static class DefinitionCommandEndpoints
{
    public static RouteGroupBuilder MapDefinitionCommands(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions", Save);
        api.MapPost("/workflow-definitions/{definitionId}/publish", Publish);
        api.MapPost("/workflow-definitions/{definitionId}/retract", Retract);
        api.MapPost("/workflow-definitions/{definitionId}/revert/{version:int}", Revert);
        api.MapDelete("/workflow-definitions/{definitionId}", Delete);
        api.MapDelete("/workflow-definition-versions/{id}", DeleteVersion);
        return api;
    }

    /// <summary>The designer's save, auto-save and publish: <c>{model, publish}</c>; a model without definitionId starts a new definition.</summary>
    static async Task<IResult> Save(JsonObject body, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        if (body["model"] is not JsonObject model) return ElsaErrors.Refused("model", "The request has no model (the workflow definition to save).");
        var definitionId = model["definitionId"]?.ToString();
        var publish = body["publish"] is JsonValue flag && flag.TryGetValue<bool>(out var yes) && yes;
        var saved = await definitions.SaveAsync(string.IsNullOrWhiteSpace(definitionId) ? null : definitionId, model, publish, cancellationToken);
        return TypedResults.Json(DefinitionShapes.Saved(saved.Definition, saved.AlreadyPublished));
    }

    static async Task<IResult> Publish(string definitionId, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var published = await definitions.PublishAsync(definitionId, cancellationToken);
        return TypedResults.Json(DefinitionShapes.Saved(published.Definition, published.AlreadyPublished));
    }

    static async Task<IResult> Retract(string definitionId, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0) throw new DefinitionNotFoundException(definitionId);
        if (!versions.Any(v => v.IsPublished)) return ElsaErrors.Refused("definitionId", $"Workflow definition {definitionId} has no published version to retract.");
        return TypedResults.Json(DefinitionShapes.Full(await definitions.RetractAsync(definitionId, cancellationToken)));
    }

    /// <summary>Copies an earlier version's model into the latest draft (a new version when the latest is published).</summary>
    static async Task<IResult> Revert(string definitionId, int version, WorkflowDefinitionService definitions, CancellationToken cancellationToken) =>
        TypedResults.Json(DefinitionShapes.Summary(await definitions.RevertAsync(definitionId, version, cancellationToken)));

    static async Task<IResult> Delete(string definitionId, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        await definitions.DeleteAsync(definitionId, cancellationToken);
        return TypedResults.NoContent();
    }

    static async Task<IResult> DeleteVersion(string id, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var version = await store.FindVersionAsync(id, cancellationToken) ?? throw new DefinitionNotFoundException(id);
        if (version.IsPublished)
            return ElsaErrors.Refused("id", $"Version {version.Version} is published; retract it before deleting it.");
        var all = await store.ListVersionsAsync(version.DefinitionId, cancellationToken);
        if (all.Count == 1)
            return ElsaErrors.Refused("id", $"Version {version.Version} is the only version; delete the workflow definition instead.");
        await definitions.DeleteVersionAsync(version.DefinitionId, version.Version, cancellationToken);
        return TypedResults.NoContent();
    }
}
