using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>A definition version in Elsa's JSON: the full WorkflowDefinition the editor opens, and the summary lists show.</summary>
internal static class DefinitionShapes
{
    /// <summary>The Studio release we serve; written as toolVersion on definitions that carry none.</summary>
    public const string ToolVersion = "3.8.2";

    public static JsonObject Full(WorkflowDefinition definition)
    {
        var model = definition.Model;
        return new JsonObject
        {
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["createdAt"] = definition.CreatedAt,
            ["version"] = definition.Version,
            ["toolVersion"] = TextOf(model["toolVersion"]) ?? ToolVersion,
            ["variables"] = CopyOf<JsonArray>(model["variables"]) ?? [],
            ["inputs"] = CopyOf<JsonArray>(model["inputs"]) ?? [],
            ["outputs"] = CopyOf<JsonArray>(model["outputs"]) ?? [],
            ["outcomes"] = CopyOf<JsonArray>(model["outcomes"]) ?? [],
            ["customProperties"] = CopyOf<JsonObject>(model["customProperties"]) ?? [],
            ["options"] = Options(model["options"] as JsonObject),
            ["root"] = CopyOf<JsonObject>(model["root"]) ?? EmptyFlowchart(),
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["isReadonly"] = false,
            ["isSystem"] = false,
            ["materializerName"] = "Json",
            ["links"] = Links(definition),
        };
    }

    public static JsonObject Summary(WorkflowDefinition definition) => new()
    {
        ["id"] = definition.Id,
        ["definitionId"] = definition.DefinitionId,
        ["name"] = definition.Name,
        ["description"] = definition.Description,
        ["version"] = definition.Version,
        ["toolVersion"] = TextOf(definition.Model["toolVersion"]) ?? ToolVersion,
        ["isLatest"] = definition.IsLatest,
        ["isPublished"] = definition.IsPublished,
        ["isReadonly"] = false,
        ["materializerName"] = "Json",
        ["createdAt"] = definition.CreatedAt,
    };

    /// <summary>The save and publish answer: <c>{workflowDefinition, alreadyPublished, consumingWorkflowCount}</c>.</summary>
    public static JsonObject Saved(WorkflowDefinition definition, bool alreadyPublished) => new()
    {
        ["workflowDefinition"] = Full(definition),
        ["alreadyPublished"] = alreadyPublished,
        // Definitions used as activities inside other definitions do not exist here, so nothing consumes one.
        ["consumingWorkflowCount"] = 0,
    };

    // Studio opens a version for editing only when it is the latest and offers a publish link.
    static JsonArray Links(WorkflowDefinition definition) => definition.IsLatest
        ? [new JsonObject { ["rel"] = "publish", ["href"] = $"/workflow-definitions/{definition.DefinitionId}/publish", ["method"] = "POST" }]
        : [];

    static JsonObject Options(JsonObject? stored)
    {
        var options = (JsonObject?)stored?.DeepClone() ?? [];
        options.TryAdd("usableAsActivity", false);
        options.TryAdd("autoUpdateConsumingWorkflows", false);
        return options;
    }

    static JsonObject EmptyFlowchart() => new()
    {
        ["type"] = FlowchartDocument.FlowchartType, ["version"] = 1, ["id"] = "Flowchart1", ["nodeId"] = "Workflow1", ["name"] = "Flowchart1",
        ["metadata"] = new JsonObject(), ["customProperties"] = new JsonObject(), ["activities"] = new JsonArray(), ["connections"] = new JsonArray(),
    };

    static T? CopyOf<T>(JsonNode? node) where T : JsonNode => node is T typed ? (T)typed.DeepClone() : null;

    static string? TextOf(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? (string?)value : null;
}
