using System.Text.Json.Nodes;

namespace WorkflowEngine.Definitions;

/// <summary>
/// Moves a definition between servers as one self-contained Elsa 3 JSON document: the model of one version plus its
/// identity. An import follows the saving rules (a draft over the latest draft, or version N+1), never publishes by
/// itself, and keeps the document's definition id so a re-import lands on the same definition.
/// </summary>
public sealed class WorkflowDefinitionTransfer(IWorkflowDefinitionStore store, WorkflowDefinitionService definitions)
{
    /// <summary>The document of one version: a given version number, or the one the options select.</summary>
    public async Task<JsonObject> ExportAsync(string definitionId, VersionOptions options, int? version = null, CancellationToken cancellationToken = default)
    {
        var chosen = version is { } number
            ? (await store.ListVersionsAsync(definitionId, cancellationToken)).FirstOrDefault(v => v.Version == number)
            : await definitions.FindAsync(definitionId, options, cancellationToken);
        if (chosen is null) throw new DefinitionNotFoundException(definitionId, version);
        var document = (JsonObject)chosen.Model.DeepClone();
        document["definitionId"] = chosen.DefinitionId;
        document["version"] = chosen.Version;
        document["name"] = chosen.Name;
        document["description"] = chosen.Description;
        document["isPublished"] = chosen.IsPublished;
        document["createdAt"] = chosen.CreatedAt;
        return document;
    }

    /// <summary>Saves an exported document as the latest draft of its definition (a new definition when it names none).</summary>
    public Task<WorkflowDefinitionService.SaveResult> ImportAsync(JsonObject document, CancellationToken cancellationToken = default)
    {
        var definitionId = (string?)document["definitionId"];
        return definitions.SaveAsync(string.IsNullOrWhiteSpace(definitionId) ? null : definitionId, document, publish: false, cancellationToken);
    }
}
