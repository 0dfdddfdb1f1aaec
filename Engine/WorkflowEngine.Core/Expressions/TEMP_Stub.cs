using System.Text.Json.Nodes;
namespace WorkflowEngine.Expressions;
public interface IJavaScriptGlobals {
    JsonNode? GetVariable(string name); void SetVariable(string name, JsonNode? value); JsonNode? GetInput(string name);
    IEnumerable<string> VariableNames { get; } IEnumerable<string> InputNames { get; }
    IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> Functions { get; }
}
public sealed record JavaScriptSyntaxError(string Message, int Line, int Column);
public sealed class JavaScriptEvaluator {
    public JsonNode? Evaluate(string script, IJavaScriptGlobals globals) => script.StartsWith("getVariable") ? globals.GetVariable(script.Split('"')[1]) : JsonValue.Create(script == "true");
    public bool EvaluateCondition(string script, IJavaScriptGlobals globals) => script.Trim() == "true" || (script.StartsWith("throw") ? throw new InvalidOperationException("boom") : false);
    public JavaScriptSyntaxError? CheckSyntax(string script) => script.Contains("((") ? new("bad", 1, 1) : null;
}
