using System.Text.Json.Nodes;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>Definitions written the way Elsa Studio posts them: a flowchart root, activities with positions and wrapped inputs, port connections.</summary>
internal static class DesignerJson
{
    public static JsonObject Model(string name, JsonObject[] activities, JsonObject[] connections, string? definitionId = null) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["toolVersion"] = "3.8.2",
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(),
        ["options"] = new JsonObject { ["usableAsActivity"] = false, ["autoUpdateConsumingWorkflows"] = false },
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart", ["version"] = 1, ["id"] = "Flowchart1", ["nodeId"] = "Workflow1",
            ["metadata"] = new JsonObject(), ["customProperties"] = new JsonObject(),
            ["activities"] = new JsonArray(activities), ["connections"] = new JsonArray(connections),
        },
    };

    /// <summary>An activity at column <paramref name="column"/>, with literal inputs given as (camelCase name, value).</summary>
    public static JsonObject Activity(string id, string type, int column, params (string Input, string Value)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id, ["nodeId"] = "Workflow1:" + id, ["name"] = id, ["type"] = type, ["version"] = 1, ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = column * 260, ["y"] = 100 } } },
        };
        foreach (var (input, value) in inputs)
            activity[input] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        return activity;
    }

    public static JsonObject Connection(string from, string port, string to) => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };

    /// <summary>Start → End: runs to the end at once.</summary>
    public static JsonObject StartToEnd(string name, string? definitionId = null) => Model(name,
        [Activity("start", "Elsa.Start", 0), Activity("end", "Elsa.End", 1)],
        [Connection("start", "Done", "end")], definitionId);

    /// <summary>Start → 部门审查 (department review) → End: waits for the department's reviewer.</summary>
    public static JsonObject DepartmentReview(string name, string department, string? definitionId = null) => Model(name,
        [Activity("start", "Elsa.Start", 0), Activity("review", "Approvals.DepartmentReview", 1, ("department", department)), Activity("end", "Elsa.End", 2)],
        [Connection("start", "Done", "review"), Connection("review", "Approved", "end")], definitionId);
}
