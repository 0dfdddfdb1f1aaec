using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

/// <summary>Globals backed by dictionaries; records SetVariable calls.</summary>
internal sealed class TestGlobals : IJavaScriptGlobals
{
    public Dictionary<string, JsonNode?> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonNode?> Inputs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> HostFunctions { get; } = new(StringComparer.Ordinal);

    public List<string> SetCalls { get; } = [];

    public IEnumerable<string> VariableNames => Variables.Keys;

    public IEnumerable<string> InputNames => Inputs.Keys;

    public IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> Functions => HostFunctions;

    public JsonNode? GetVariable(string name) => Variables.GetValueOrDefault(name);

    public void SetVariable(string name, JsonNode? value)
    {
        SetCalls.Add(name);
        Variables[name] = value;
    }

    public JsonNode? GetInput(string name) => Inputs.GetValueOrDefault(name);

    public TestGlobals WithVariable(string name, string json)
    {
        Variables[name] = JsonNode.Parse(json);
        return this;
    }

    public TestGlobals WithInput(string name, string json)
    {
        Inputs[name] = JsonNode.Parse(json);
        return this;
    }
}
