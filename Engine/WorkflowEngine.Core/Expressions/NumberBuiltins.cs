using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>Number members (toFixed, toString) and boolean members (toString).</summary>
internal static class NumberBuiltins
{
    private static readonly Dictionary<string, JsValue> NumberMethods = Methods(
        ("toFixed", ToFixed),
        ("toString", ToString),
        ("toLocaleString", (c, t, _) => String(Conversions.NumberToString(ThisNumber(c, t, "toLocaleString")))),
        ("valueOf", (c, t, _) => Number(ThisNumber(c, t, "valueOf"))));

    private static readonly Dictionary<string, JsValue> BooleanMethods = Methods(
        ("toString", (c, t, _) => String(Conversions.ToString(c, t))),
        ("valueOf", (_, t, _) => t));

    public static JsValue GetMethod(string name) => NumberMethods.GetValueOrDefault(name);

    public static JsValue GetBooleanMethod(string name) => BooleanMethods.GetValueOrDefault(name);

    private static JsValue ToFixed(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var number = ThisNumber(context, thisValue, "toFixed");
        var digits = Conversions.ToInteger(context, args.Arg(0));
        if (digits is < 0 or > 100)
        {
            throw context.RangeError("toFixed() digits argument must be between 0 and 100");
        }

        return String(NumberFormatter.ToFixed(number, (int)digits));
    }

    private static JsValue ToString(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var number = ThisNumber(context, thisValue, "toString");
        var radix = args.Arg(0).Type == JsType.Undefined ? 10 : Conversions.ToInteger(context, args.Arg(0));
        if (radix is < 2 or > 36)
        {
            throw context.RangeError("toString() radix must be between 2 and 36");
        }

        return String(NumberFormatter.ToRadixString(number, (int)radix));
    }
}
