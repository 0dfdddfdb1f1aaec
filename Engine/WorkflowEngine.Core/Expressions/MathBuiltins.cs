using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>The Math namespace (deterministic members only: no random).</summary>
internal static class MathBuiltins
{
    public static JsObject Create() => Namespace(
        ("PI", Number(Math.PI)),
        ("E", Number(Math.E)),
        ("abs", Unary("abs", Math.Abs)),
        ("floor", Unary("floor", Math.Floor)),
        ("ceil", Unary("ceil", Math.Ceiling)),
        ("round", Unary("round", Round)),
        ("trunc", Unary("trunc", Math.Truncate)),
        ("sign", Unary("sign", x => x > 0 ? 1 : x < 0 ? -1 : x)),
        ("sqrt", Unary("sqrt", Math.Sqrt)),
        ("cbrt", Unary("cbrt", Math.Cbrt)),
        ("log", Unary("log", Math.Log)),
        ("log10", Unary("log10", Math.Log10)),
        ("log2", Unary("log2", Math.Log2)),
        ("exp", Unary("exp", Math.Exp)),
        ("pow", Function("pow", (c, _, a) => Number(Operators.Power(Conversions.ToNumber(c, a.Arg(0)), Conversions.ToNumber(c, a.Arg(1)))))),
        ("min", Function("min", (c, _, a) => Number(Fold(c, a, double.PositiveInfinity, Math.Min)))),
        ("max", Function("max", (c, _, a) => Number(Fold(c, a, double.NegativeInfinity, Math.Max)))));

    /// <summary>Math.round: rounds half up (towards +Infinity), unlike Math.Round.</summary>
    private static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x;
        }

        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private static JsValue Unary(string name, Func<double, double> operation) =>
        Function(name, (c, _, a) => Number(operation(Conversions.ToNumber(c, a.Arg(0)))));

    private static double Fold(Interpreter context, ReadOnlySpan<JsValue> args, double seed, Func<double, double, double> combine)
    {
        var result = seed;
        foreach (var arg in args)
        {
            var number = Conversions.ToNumber(context, arg);
            result = double.IsNaN(number) || double.IsNaN(result) ? double.NaN : combine(result, number);
        }

        return result;
    }
}
