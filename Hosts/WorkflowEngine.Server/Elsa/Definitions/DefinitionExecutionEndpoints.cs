using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Server.Elsa.Instances;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>The designer's Run button: starts an instance of a definition and answers its id in <c>x-elsa-workflow-instance-id</c>.</summary>
internal static class DefinitionExecutionEndpoints
{
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";

    public static RouteGroupBuilder MapDefinitionExecution(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-definitions/{definitionId}/execute", Execute);
        return api;
    }

    /// <summary>Runs the published version unless the request names another (<c>versionOptions</c>: Latest or a version number).</summary>
    static async Task<IResult> Execute(string definitionId, JsonObject? body, HttpResponse response, WorkflowDefinitionService definitions,
        IWorkflowDefinitionStore store, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var choice = ElsaQuery.Version(body?["versionOptions"], VersionOptions.Published);
        var version = await DefinitionQueryEndpoints.FindAsync(definitionId, choice, definitions, store, cancellationToken);
        if (version is null)
        {
            var anyVersion = (await store.ListVersionsAsync(definitionId, cancellationToken)).Count > 0;
            if (!anyVersion) throw new DefinitionNotFoundException(definitionId);
            return ElsaErrors.Refused("definitionId", $"Workflow definition {definitionId} has no {(choice.Number is { } n ? $"version {n}" : choice.Options.ToString().ToLowerInvariant() + " version")} to run; publish it first.");
        }
        var request = new StartRequest(body?["input"] as JsonObject, body?["correlationId"]?.ToString());
        var result = await runtime.StartVersionAsync(version, request, cancellationToken);
        response.Headers[InstanceIdHeader] = result.InstanceId;
        return TypedResults.Json(new JsonObject
        {
            ["workflowState"] = new JsonObject
            {
                ["id"] = result.InstanceId,
                ["definitionId"] = version.DefinitionId,
                ["definitionVersionId"] = version.Id,
                ["definitionVersion"] = version.Version,
                ["correlationId"] = request.CorrelationId,
                ["status"] = result.Status.ToString(),
                ["subStatus"] = result.SubStatus.ToString(),
                ["incidents"] = new JsonArray([.. result.Incidents.Select(i => (JsonNode)InstanceShapes.Incident(i))]),
            },
        });
    }
}
