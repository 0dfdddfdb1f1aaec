using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>The definition list's bulk actions: delete, publish and retract the selected definitions, delete selected versions.</summary>
internal static class DefinitionBulkEndpoints
{
    public static RouteGroupBuilder MapDefinitionBulkActions(this RouteGroupBuilder api)
    {
        api.MapPost("/bulk-actions/delete/workflow-definitions/by-definition-id", DeleteDefinitions);
        api.MapPost("/bulk-actions/delete/workflow-definition-versions/by-id", DeleteVersions);
        api.MapPost("/bulk-actions/publish/workflow-definitions/by-definition-ids", Publish);
        api.MapPost("/bulk-actions/retract/workflow-definitions/by-definition-ids", Retract);
        return api;
    }

    static async Task<IResult> DeleteDefinitions(JsonObject body, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var id in ElsaQuery.Strings(body["definitionIds"]))
        {
            try { await definitions.DeleteAsync(id, cancellationToken); deleted++; }
            catch (DefinitionNotFoundException) { } // already gone: the bulk action reports what it deleted
        }
        return TypedResults.Json(new JsonObject { ["deleted"] = deleted });
    }

    static async Task<IResult> DeleteVersions(JsonObject body, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var id in ElsaQuery.Strings(body["ids"]))
        {
            var version = await store.FindVersionAsync(id, cancellationToken);
            if (version is null || version.IsPublished) continue;
            try { await definitions.DeleteVersionAsync(version.DefinitionId, version.Version, cancellationToken); deleted++; }
            catch (InvalidOperationException) { } // the only version: Elsa skips it the same way
        }
        return TypedResults.Json(new JsonObject { ["deleted"] = deleted });
    }

    static async Task<IResult> Publish(JsonObject body, WorkflowDefinitionService definitions, CancellationToken cancellationToken)
    {
        JsonArray published = [], alreadyPublished = [], notFound = [], skipped = [];
        foreach (var id in ElsaQuery.Strings(body["definitionIds"]))
        {
            try
            {
                var result = await definitions.PublishAsync(id, cancellationToken);
                (result.AlreadyPublished ? alreadyPublished : published).Add(id);
            }
            catch (DefinitionNotFoundException) { notFound.Add(id); }
            catch (DefinitionValidationException) { skipped.Add(id); }
        }
        return TypedResults.Json(new JsonObject
        {
            ["published"] = published, ["alreadyPublished"] = alreadyPublished, ["notFound"] = notFound, ["skipped"] = skipped, ["updatedConsumers"] = new JsonArray(),
        });
    }

    static async Task<IResult> Retract(JsonObject body, WorkflowDefinitionService definitions, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        JsonArray retracted = [], alreadyRetracted = [], notFound = [];
        foreach (var id in ElsaQuery.Strings(body["definitionIds"]))
        {
            var versions = await store.ListVersionsAsync(id, cancellationToken);
            if (versions.Count == 0) { notFound.Add(id); continue; }
            if (!versions.Any(v => v.IsPublished)) { alreadyRetracted.Add(id); continue; }
            await definitions.RetractAsync(id, cancellationToken);
            retracted.Add(id);
        }
        return TypedResults.Json(new JsonObject
        {
            ["retracted"] = retracted, ["alreadyRetracted"] = alreadyRetracted, ["notFound"] = notFound, ["skipped"] = new JsonArray(),
        });
    }
}
