namespace WorkflowEngine.Expressions;

/// <summary>The body of a built-in function.</summary>
internal delegate JsValue BuiltinBody(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args);

/// <summary>A callable value: an arrow function, a built-in or a host function.</summary>
internal abstract class JsFunction
{
    public abstract string Name { get; }

    /// <summary>What String(f) gives.</summary>
    public virtual string SourceText => $"function {Name}() {{ [native code] }}";

    /// <summary>Calls the function. <paramref name="args"/> may point into the interpreter's argument stack: copy to keep.</summary>
    public abstract JsValue Invoke(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args);
}

/// <summary>A function implemented in C# by this library; stateless and shared by all evaluations.</summary>
internal sealed class BuiltinFunction(string name, BuiltinBody body, JsObject? members = null) : JsFunction
{
    public override string Name => name;

    /// <summary>Static members such as Number.isInteger (frozen).</summary>
    public JsObject? Members => members;

    public override JsValue Invoke(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        body(context, thisValue, args);
}

/// <summary>A function from <see cref="IJavaScriptGlobals.Functions"/>; arguments and result cross as JsonNode.</summary>
internal sealed class HostFunction(string name, Func<IReadOnlyList<System.Text.Json.Nodes.JsonNode?>, System.Text.Json.Nodes.JsonNode?> body) : JsFunction
{
    public override string Name => name;

    public override JsValue Invoke(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var converted = new System.Text.Json.Nodes.JsonNode?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            converted[i] = JsonBridge.ToNode(context, args[i]);
        }

        System.Text.Json.Nodes.JsonNode? result;
        try
        {
            result = body(converted);
        }
        catch (JavaScriptException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw context.RuntimeError($"host function '{name}' failed: {ex.Message}", ex);
        }

        return JsonBridge.FromNode(context, result, enforceLimits: false);
    }
}

/// <summary>An arrow function closing over the scope it was created in.</summary>
internal sealed class ArrowFunction(ArrowExpr node, Scope? closure) : JsFunction
{
    public ArrowExpr Node => node;

    public Scope? Closure => closure;

    public override string Name => "anonymous";

    public override string SourceText => node.SourceText;

    public override JsValue Invoke(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        context.InvokeArrow(this, args);
}
