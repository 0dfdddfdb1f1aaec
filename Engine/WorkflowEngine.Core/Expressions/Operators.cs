using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Exponent,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
}

/// <summary>Operator semantics: the + rules, arithmetic, relational comparison and equality.</summary>
internal static class Operators
{
    public static JsValue Apply(Interpreter context, BinaryOp op, in JsValue left, in JsValue right)
    {
        if (left.Type == JsType.Number && right.Type == JsType.Number)
        {
            var a = left.Number;
            var b = right.Number;
            switch (op)
            {
                case BinaryOp.Add: return JsValue.FromNumber(a + b);
                case BinaryOp.Subtract: return JsValue.FromNumber(a - b);
                case BinaryOp.Multiply: return JsValue.FromNumber(a * b);
                case BinaryOp.Divide: return JsValue.FromNumber(a / b);
                case BinaryOp.Less: return JsValue.FromBoolean(a < b);
                case BinaryOp.LessOrEqual: return JsValue.FromBoolean(a <= b);
                case BinaryOp.Greater: return JsValue.FromBoolean(a > b);
                case BinaryOp.GreaterOrEqual: return JsValue.FromBoolean(a >= b);
                case BinaryOp.Equal or BinaryOp.StrictEqual: return JsValue.FromBoolean(a == b);
                case BinaryOp.NotEqual or BinaryOp.StrictNotEqual: return JsValue.FromBoolean(a != b);
            }
        }

        return op switch
        {
            BinaryOp.Add => Add(context, left, right),
            BinaryOp.Subtract => JsValue.FromNumber(Conversions.ToNumber(context, left) - Conversions.ToNumber(context, right)),
            BinaryOp.Multiply => JsValue.FromNumber(Conversions.ToNumber(context, left) * Conversions.ToNumber(context, right)),
            BinaryOp.Divide => JsValue.FromNumber(Conversions.ToNumber(context, left) / Conversions.ToNumber(context, right)),
            BinaryOp.Remainder => JsValue.FromNumber(Conversions.ToNumber(context, left) % Conversions.ToNumber(context, right)),
            BinaryOp.Exponent => JsValue.FromNumber(Power(Conversions.ToNumber(context, left), Conversions.ToNumber(context, right))),
            BinaryOp.Less => JsValue.FromBoolean(Compare(context, left, right, out var c) && c < 0),
            BinaryOp.LessOrEqual => JsValue.FromBoolean(Compare(context, left, right, out var c) && c <= 0),
            BinaryOp.Greater => JsValue.FromBoolean(Compare(context, left, right, out var c) && c > 0),
            BinaryOp.GreaterOrEqual => JsValue.FromBoolean(Compare(context, left, right, out var c) && c >= 0),
            BinaryOp.Equal => JsValue.FromBoolean(LooseEquals(context, left, right)),
            BinaryOp.NotEqual => JsValue.FromBoolean(!LooseEquals(context, left, right)),
            BinaryOp.StrictEqual => JsValue.FromBoolean(StrictEquals(left, right)),
            BinaryOp.StrictNotEqual => JsValue.FromBoolean(!StrictEquals(left, right)),
            _ => throw new InvalidOperationException(op.ToString()),
        };
    }

    public static JsValue Add(Interpreter context, in JsValue left, in JsValue right)
    {
        if (left.Type == JsType.String && right.Type == JsType.String)
        {
            return Concat(context, left.String, right.String);
        }

        var a = Conversions.ToPrimitive(context, left);
        var b = Conversions.ToPrimitive(context, right);
        if (a.Type == JsType.String || b.Type == JsType.String)
        {
            return Concat(context, Conversions.ToString(context, a), Conversions.ToString(context, b));
        }

        return JsValue.FromNumber(Conversions.ToNumber(context, a) + Conversions.ToNumber(context, b));
    }

    public static JsValue Concat(Interpreter context, string a, string b)
    {
        if (a.Length == 0)
        {
            return JsValue.FromString(b);
        }

        if (b.Length == 0)
        {
            return JsValue.FromString(a);
        }

        context.CheckNewString((long)a.Length + b.Length);
        return JsValue.FromString(string.Concat(a, b));
    }

    /// <summary>Math.pow / ** with ECMAScript's NaN rules (which differ from Math.Pow for 1 ** NaN and ±1 ** ±Infinity).</summary>
    public static double Power(double x, double y)
    {
        if (double.IsNaN(y) || (Math.Abs(x) == 1 && double.IsInfinity(y)))
        {
            return double.NaN;
        }

        return Math.Pow(x, y);
    }

    /// <summary>Abstract relational comparison: false when undefined (NaN involved).</summary>
    public static bool Compare(Interpreter context, in JsValue left, in JsValue right, out int result)
    {
        var a = Conversions.ToPrimitive(context, left);
        var b = Conversions.ToPrimitive(context, right);
        if (a.Type == JsType.String && b.Type == JsType.String)
        {
            result = string.CompareOrdinal(a.String, b.String);
            return true;
        }

        var x = Conversions.ToNumber(context, a);
        var y = Conversions.ToNumber(context, b);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            result = 0;
            return false;
        }

        result = x.CompareTo(y);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StrictEquals(in JsValue a, in JsValue b)
    {
        if (a.Type != b.Type)
        {
            return false;
        }

        return a.Type switch
        {
            JsType.Undefined or JsType.Null => true,
            JsType.Number or JsType.Boolean => a.Number == b.Number,
            JsType.String => string.Equals(a.String, b.String, StringComparison.Ordinal),
            _ => ReferenceEquals(a.Reference, b.Reference),
        };
    }

    /// <summary>SameValueZero (used by includes): like === but NaN equals NaN.</summary>
    public static bool SameValueZero(in JsValue a, in JsValue b) =>
        StrictEquals(a, b) || (a.Type == JsType.Number && b.Type == JsType.Number && double.IsNaN(a.Number) && double.IsNaN(b.Number));

    /// <summary>IsLooselyEqual (==) for our types.</summary>
    public static bool LooseEquals(Interpreter context, in JsValue a, in JsValue b)
    {
        if (a.Type == b.Type)
        {
            return StrictEquals(a, b);
        }

        if (a.IsNullish && b.IsNullish)
        {
            return true;
        }

        if (a.IsNullish || b.IsNullish)
        {
            return false;
        }

        if (a.Type == JsType.Number && b.Type == JsType.String)
        {
            return a.Number == NumberParser.StringToNumber(b.String);
        }

        if (a.Type == JsType.String && b.Type == JsType.Number)
        {
            return NumberParser.StringToNumber(a.String) == b.Number;
        }

        if (a.Type == JsType.Boolean)
        {
            return LooseEquals(context, JsValue.FromNumber(a.Number), b);
        }

        if (b.Type == JsType.Boolean)
        {
            return LooseEquals(context, a, JsValue.FromNumber(b.Number));
        }

        var aIsObject = a.Type is JsType.Array or JsType.Object or JsType.Function;
        var bIsObject = b.Type is JsType.Array or JsType.Object or JsType.Function;
        if (aIsObject && !bIsObject)
        {
            return LooseEquals(context, Conversions.ToPrimitive(context, a), b);
        }

        if (bIsObject && !aIsObject)
        {
            return LooseEquals(context, a, Conversions.ToPrimitive(context, b));
        }

        return false;
    }
}
