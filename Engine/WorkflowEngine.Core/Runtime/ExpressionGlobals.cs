using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Runtime;

/// <summary>What JavaScript expressions see of an instance: its variables and input.</summary>
internal sealed class ExpressionGlobals(BurstScope burst) : IJavaScriptGlobals
{
    static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> NoFunctions =
        new Dictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>>();

    public JsonNode? GetVariable(string name) => burst.Instance.Variables.GetValueOrDefault(burst.Workflow.VariableName(name));
    public void SetVariable(string name, JsonNode? value) => burst.Instance.Variables[burst.Workflow.VariableName(name)] = value?.DeepClone();
    public JsonNode? GetInput(string name) => burst.Instance.Input[name];
    public IEnumerable<string> VariableNames => burst.Instance.Variables.Keys;
    public IEnumerable<string> InputNames => burst.Instance.Input.Select(p => p.Key);
    public IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> Functions => NoFunctions;
}
