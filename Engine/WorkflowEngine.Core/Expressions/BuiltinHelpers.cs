namespace WorkflowEngine.Expressions;

/// <summary>Helpers for writing built-in functions.</summary>
internal static class BuiltinHelpers
{
    /// <summary>The i-th argument, or undefined.</summary>
    public static JsValue Arg(this ReadOnlySpan<JsValue> args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    public static JsValue Function(string name, BuiltinBody body) => JsValue.FromFunction(new BuiltinFunction(name, body));

    public static JsValue Number(double value) => JsValue.FromNumber(value);

    public static JsValue String(string value) => JsValue.FromString(value);

    /// <summary>Builds a frozen namespace object (Math, JSON, ...) shared by every evaluation.</summary>
    public static JsObject Namespace(params (string Name, JsValue Value)[] members)
    {
        var result = new JsObject(members.Length);
        foreach (var (name, value) in members)
        {
            result.SetUnchecked(name, value);
        }

        return result.Freeze();
    }

    /// <summary>A method table (no constructor, prototype or __proto__ entries, by construction).</summary>
    public static Dictionary<string, JsValue> Methods(params (string Name, BuiltinBody Body)[] methods) =>
        methods.ToDictionary(m => m.Name, m => Function(m.Name, m.Body), StringComparer.Ordinal);

    public static string ThisString(Interpreter context, in JsValue thisValue, string method)
    {
        if (thisValue.Type == JsType.String)
        {
            return thisValue.String;
        }

        throw context.TypeError($"String.prototype.{method} called on {Conversions.TypeOf(thisValue)}");
    }

    public static JsArray ThisArray(Interpreter context, in JsValue thisValue, string method)
    {
        if (thisValue.Type == JsType.Array)
        {
            return thisValue.Array;
        }

        throw context.TypeError($"Array.prototype.{method} called on {Conversions.TypeOf(thisValue)}");
    }

    public static double ThisNumber(Interpreter context, in JsValue thisValue, string method)
    {
        if (thisValue.Type == JsType.Number)
        {
            return thisValue.Number;
        }

        throw context.TypeError($"Number.prototype.{method} called on {Conversions.TypeOf(thisValue)}");
    }
}
