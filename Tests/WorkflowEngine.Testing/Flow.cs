using System.Text.Json.Nodes;

namespace WorkflowEngine.Testing;

/// <summary>Writes small Elsa 3 flowchart definitions for tests, in the same JSON the designer sends.</summary>
public sealed class Flow
{
    readonly JsonArray _activities = [];
    readonly JsonArray _connections = [];
    readonly JsonArray _variables = [];

    public string Name { get; init; } = "test flow";

    /// <summary>Adds an activity; inputs given as Literal unless the value starts with "js:".</summary>
    public Flow Activity(string id, string type, params (string Input, string Value)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id, ["nodeId"] = $"Workflow1:{id}", ["type"] = type, ["version"] = 1, ["name"] = id,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = _activities.Count * 200, ["y"] = 100 } } },
        };
        foreach (var (input, value) in inputs)
            activity[input] = value.StartsWith("js:", StringComparison.Ordinal) ? Wrapped("JavaScript", value[3..]) : Wrapped("Literal", value);
        _activities.Add(activity);
        return this;
    }

    public Flow Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return this;
    }

    public Flow Variable(string name, string typeName = "Object", string? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = name + "-id", ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public JsonObject Build() => new()
    {
        ["name"] = Name,
        ["toolVersion"] = "3.8.2",
        ["variables"] = _variables.DeepClone(),
        ["options"] = new JsonObject { ["usableAsActivity"] = false },
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart", ["id"] = "Flowchart1", ["nodeId"] = "Workflow1", ["version"] = 1,
            ["metadata"] = new JsonObject(), ["customProperties"] = new JsonObject(),
            ["activities"] = _activities.DeepClone(), ["connections"] = _connections.DeepClone(),
        },
    };

    static JsonObject Wrapped(string syntax, string value) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };

    /// <summary>start → fork into three branches each waiting for its own event → join (WaitAll) → end: the benchmark's shape.</summary>
    public static Flow ForkOfThreeEvents(string prefix = "e") => new Flow { Name = "fork of three" }
        .Activity("start", "Elsa.Start")
        .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\",\"c\"]"))
        .Activity("a", "Elsa.Event", ("eventName", $"js:'{prefix}-a-' + getInput('key')"))
        .Activity("b", "Elsa.Event", ("eventName", $"js:'{prefix}-b-' + getInput('key')"))
        .Activity("c", "Elsa.Event", ("eventName", $"js:'{prefix}-c-' + getInput('key')"))
        .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAll"))
        .Activity("end", "Elsa.End")
        .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("fork", "c", "c")
        .Connect("a", "join").Connect("b", "join").Connect("c", "join").Connect("join", "end");
}
