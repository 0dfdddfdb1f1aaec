using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

/// <summary>Shortcuts: evaluate a script and render the result as compact JSON text ("null" for null).</summary>
internal static class Js
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JavaScriptEvaluator Evaluator { get; } = new();

    public static JsonNode? Eval(string script, TestGlobals? globals = null) => Evaluator.Evaluate(script, globals ?? new TestGlobals());

    public static string Json(string script, TestGlobals? globals = null) => Render(Eval(script, globals));

    public static string Render(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);

    public static bool Condition(string script, TestGlobals? globals = null) => Evaluator.EvaluateCondition(script, globals ?? new TestGlobals());

    public static JavaScriptException Fails(string script, TestGlobals? globals = null, JavaScriptEvaluator? evaluator = null) =>
        Assert.Throws<JavaScriptException>(() => (evaluator ?? Evaluator).Evaluate(script, globals ?? new TestGlobals()))!;
}
