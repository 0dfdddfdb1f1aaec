using System.Text.Json.Nodes;

namespace WorkflowEngine.Expressions;

/// <summary>
/// What a script can see of the workflow. Values cross the boundary as <see cref="JsonNode"/> (null = JS null/undefined).
/// </summary>
public interface IJavaScriptGlobals
{
    /// <summary>Returns the variable's value, or null when it is unknown.</summary>
    JsonNode? GetVariable(string name);

    /// <summary>Sets a workflow variable.</summary>
    void SetVariable(string name, JsonNode? value);

    /// <summary>Returns the input's value, or null when it is unknown.</summary>
    JsonNode? GetInput(string name);

    /// <summary>Names of the known variables.</summary>
    IEnumerable<string> VariableNames { get; }

    /// <summary>Names of the known inputs.</summary>
    IEnumerable<string> InputNames { get; }

    /// <summary>Extra host functions (e.g. the domain adds helpers); may be empty. Arguments are converted to JsonNode.</summary>
    IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> Functions { get; }
}
