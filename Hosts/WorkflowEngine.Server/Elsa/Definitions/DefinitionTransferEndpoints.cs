using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>Export of one version as a JSON file and import of such a file as the latest draft (never published by the import itself).</summary>
internal static class DefinitionTransferEndpoints
{
    public static RouteGroupBuilder MapDefinitionTransfer(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions/{definitionId}/export", Export);
        api.MapPost("/workflow-definitions/import", Import);
        return api;
    }

    static async Task<IResult> Export(string definitionId, HttpRequest request, WorkflowDefinitionTransfer transfer, CancellationToken cancellationToken)
    {
        var choice = ElsaQuery.Version(ElsaQuery.Text(request, "versionOptions"), VersionOptions.Latest);
        var document = await transfer.ExportAsync(definitionId, choice.Options, choice.Number, cancellationToken);
        var json = Encoding.UTF8.GetBytes(document.ToJsonString(WorkflowJson.Options));
        return TypedResults.File(json, "application/json", $"workflow-definition-{definitionId}.json");
    }

    static async Task<IResult> Import(JsonObject document, WorkflowDefinitionTransfer transfer, CancellationToken cancellationToken)
    {
        var imported = await transfer.ImportAsync(document, cancellationToken);
        return TypedResults.Json(DefinitionShapes.Full(imported.Definition));
    }
}
