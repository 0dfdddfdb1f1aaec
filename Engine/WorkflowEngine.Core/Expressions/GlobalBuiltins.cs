using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>The global names shared by every evaluation (variables and input are per evaluation, in the interpreter).</summary>
internal static class GlobalBuiltins
{
    private static readonly Dictionary<string, JsValue> Globals = new(StringComparer.Ordinal)
    {
        ["undefined"] = JsValue.Undefined,
        ["NaN"] = JsValue.NaN,
        ["Infinity"] = Number(double.PositiveInfinity),
        ["getVariable"] = Function("getVariable", (c, _, a) =>
            JsonBridge.FromNode(c, c.Globals.GetVariable(Conversions.ToString(c, a.Arg(0))), enforceLimits: false)),
        ["setVariable"] = Function("setVariable", SetVariable),
        ["getInput"] = Function("getInput", (c, _, a) =>
            JsonBridge.FromNode(c, c.Globals.GetInput(Conversions.ToString(c, a.Arg(0))), enforceLimits: false)),
        ["String"] = Function("String", (c, _, a) => a.Length == 0 ? JsValue.EmptyString : String(Conversions.ToString(c, a[0]))),
        ["Boolean"] = Function("Boolean", (_, _, a) => JsValue.FromBoolean(Conversions.ToBoolean(a.Arg(0)))),
        ["Number"] = JsValue.FromFunction(new BuiltinFunction("Number", (c, _, a) => Number(a.Length == 0 ? 0 : Conversions.ToNumber(c, a[0])), NumberMembers())),
        ["parseInt"] = Function("parseInt", ParseInt),
        ["parseFloat"] = Function("parseFloat", ParseFloat),
        ["isNaN"] = Function("isNaN", (c, _, a) => JsValue.FromBoolean(double.IsNaN(Conversions.ToNumber(c, a.Arg(0))))),
        ["isFinite"] = Function("isFinite", (c, _, a) => JsValue.FromBoolean(double.IsFinite(Conversions.ToNumber(c, a.Arg(0))))),
        ["Math"] = JsValue.FromObject(MathBuiltins.Create()),
        ["JSON"] = JsValue.FromObject(JsonBuiltins.Create()),
        ["Object"] = JsValue.FromObject(ObjectBuiltins.Create()),
        ["Array"] = JsValue.FromObject(Namespace(
            ("isArray", Function("isArray", (_, _, a) => JsValue.FromBoolean(a.Arg(0).Type == JsType.Array))),
            ("of", Function("of", ArrayOf)))),
    };

    public static bool TryGet(string name, out JsValue value) => Globals.TryGetValue(name, out value);

    private static JsValue SetVariable(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        context.Globals.SetVariable(Conversions.ToString(context, args.Arg(0)), JsonBridge.ToNode(context, args.Arg(1)));
        return JsValue.Undefined;
    }

    private static JsValue ParseInt(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Number(NumberParser.ParseInt(Conversions.ToString(context, args.Arg(0)), Conversions.ToNumber(context, args.Arg(1))));

    private static JsValue ParseFloat(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Number(NumberParser.ParseFloat(Conversions.ToString(context, args.Arg(0))));

    private static JsValue ArrayOf(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        context.CheckNewArray(args.Length, args.Length);
        return JsValue.FromArray(new JsArray([.. args]));
    }

    private static JsObject NumberMembers() => Namespace(
        ("isInteger", Function("isInteger", (_, _, a) =>
            JsValue.FromBoolean(a.Arg(0) is { Type: JsType.Number } v && double.IsFinite(v.Number) && Math.Truncate(v.Number) == v.Number))),
        ("isSafeInteger", Function("isSafeInteger", (_, _, a) =>
            JsValue.FromBoolean(a.Arg(0) is { Type: JsType.Number } v && Math.Truncate(v.Number) == v.Number && Math.Abs(v.Number) <= 9007199254740991))),
        ("isFinite", Function("isFinite", (_, _, a) => JsValue.FromBoolean(a.Arg(0) is { Type: JsType.Number } v && double.IsFinite(v.Number)))),
        ("isNaN", Function("isNaN", (_, _, a) => JsValue.FromBoolean(a.Arg(0) is { Type: JsType.Number } v && double.IsNaN(v.Number)))),
        ("parseFloat", Function("parseFloat", ParseFloat)),
        ("parseInt", Function("parseInt", ParseInt)),
        ("MAX_SAFE_INTEGER", Number(9007199254740991)),
        ("MIN_SAFE_INTEGER", Number(-9007199254740991)),
        ("EPSILON", Number(Math.Pow(2, -52))),
        ("MAX_VALUE", Number(double.MaxValue)),
        ("MIN_VALUE", Number(double.Epsilon)),
        ("POSITIVE_INFINITY", Number(double.PositiveInfinity)),
        ("NEGATIVE_INFINITY", Number(double.NegativeInfinity)),
        ("NaN", JsValue.NaN));
}
