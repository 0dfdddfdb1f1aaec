using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Definitions;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Runtime;

/// <summary>The per-burst facts every activity run shares: the instance, its compiled flowchart, services, the clock.</summary>
internal sealed class BurstScope
{
    readonly JavaScriptEvaluator _javaScript;
    readonly ExpressionGlobals _globals;

    public BurstScope(Burst burst, CompiledWorkflow workflow, IServiceProvider services, JavaScriptEvaluator javaScript, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Burst = burst;
        Workflow = workflow;
        Services = services;
        _javaScript = javaScript;
        Now = now;
        CancellationToken = cancellationToken;
        _globals = new ExpressionGlobals(this);
    }

    public Burst Burst { get; }
    public WorkflowInstance Instance => Burst.Instance;
    public CompiledWorkflow Workflow { get; }
    public IServiceProvider Services { get; }
    public DateTimeOffset Now { get; }
    public CancellationToken CancellationToken { get; }

    public T? Evaluate<T>(Input<T> input)
    {
        var expression = input.Expression;
        if (expression is null) return input.Literal;
        return expression.Type switch
        {
            Expression.Literal => (T?)ValueConverter.FromJsonNode(expression.Value, typeof(T)),
            Expression.JavaScript when typeof(T) == typeof(bool) => (T)(object)_javaScript.EvaluateCondition(expression.Text ?? "", _globals),
            Expression.JavaScript => (T?)ValueConverter.FromJsonNode(_javaScript.Evaluate(expression.Text ?? "", _globals), typeof(T)),
            Expression.Variable => (T?)ValueConverter.FromJsonNode(_globals.GetVariable(expression.Text ?? ""), typeof(T)),
            Expression.Object => (T?)ValueConverter.FromJsonNode(expression.Value is JsonValue v && v.TryGetValue<string>(out var text) ? JsonNode.Parse(text) : expression.Value, typeof(T)),
            _ => throw new NotSupportedException($"expressions of type '{expression.Type}' are not supported"),
        };
    }

    public void Log(string @event, string? nodeId = null, string? activityType = null, string? outcome = null, string? message = null) =>
        Burst.Journal.Add(new JournalEntry(Instance.Id, Now, @event, nodeId, activityType, outcome, Message: message));
}
