using System.Runtime.CompilerServices;
using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>ECMAScript type conversions (ToBoolean, ToNumber, ToString, ToPrimitive, typeof) for our value types.</summary>
internal static class Conversions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(in JsValue value) => value.Type switch
    {
        JsType.Boolean => value.Boolean,
        JsType.Number => value.Number != 0 && !double.IsNaN(value.Number),
        JsType.String => value.String.Length != 0,
        JsType.Undefined or JsType.Null or JsType.ChainBreak => false,
        _ => true,
    };

    public static double ToNumber(Interpreter context, in JsValue value) => value.Type switch
    {
        JsType.Number => value.Number,
        JsType.Boolean => value.Boolean ? 1 : 0,
        JsType.Null => 0,
        JsType.String => NumberParser.StringToNumber(value.String),
        JsType.Array or JsType.Object => NumberParser.StringToNumber(ToString(context, value)),
        _ => double.NaN,
    };

    public static string ToString(Interpreter context, in JsValue value) => value.Type switch
    {
        JsType.String => value.String,
        JsType.Number => NumberToString(value.Number),
        JsType.Boolean => value.Boolean ? "true" : "false",
        JsType.Null => "null",
        JsType.Array => JoinArray(context, value.Array, ","),
        JsType.Object => "[object Object]",
        JsType.Function => value.Function.SourceText,
        _ => "undefined",
    };

    /// <summary>ToPrimitive: arrays become their joined string, objects "[object Object]", functions their source.</summary>
    public static JsValue ToPrimitive(Interpreter context, in JsValue value) =>
        value.Type is JsType.Array or JsType.Object or JsType.Function
            ? JsValue.FromString(ToString(context, value))
            : value;

    /// <summary>ToPropertyKey for our types.</summary>
    public static string ToPropertyKey(Interpreter context, in JsValue value) =>
        value.Type == JsType.String ? value.String : ToString(context, value);

    public static string TypeOf(in JsValue value) => value.Type switch
    {
        JsType.Boolean => "boolean",
        JsType.Number => "number",
        JsType.String => "string",
        JsType.Function => "function",
        JsType.Null or JsType.Array or JsType.Object => "object",
        _ => "undefined",
    };

    public static string NumberToString(double value) => NumberFormatter.ToJsString(value);

    /// <summary>ToIntegerOrInfinity.</summary>
    public static double ToInteger(Interpreter context, in JsValue value)
    {
        var number = ToNumber(context, value);
        return double.IsNaN(number) ? 0 : Math.Truncate(number);
    }

    /// <summary>Resolves a relative index argument (negative counts from the end) clamped to [0, length].</summary>
    public static int RelativeIndex(Interpreter context, in JsValue value, int length, int defaultValue)
    {
        if (value.Type == JsType.Undefined)
        {
            return defaultValue;
        }

        var relative = ToInteger(context, value);
        var result = relative < 0 ? Math.Max(length + relative, 0) : Math.Min(relative, length);
        return (int)result;
    }

    /// <summary>True for canonical array-index strings such as "0" or "42" (not "01" or "-1").</summary>
    public static bool TryGetArrayIndex(string key, out int index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        long result = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            result = (result * 10) + (c - '0');
        }

        if (result >= int.MaxValue)
        {
            return false;
        }

        index = (int)result;
        return true;
    }

    public static string JoinArray(Interpreter context, JsArray array, string separator)
    {
        if (!context.EnterValue(array))
        {
            return string.Empty; // a cycle joins as the empty string, as in engines
        }

        try
        {
            var items = array.Items;
            if (items.Count == 0)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(separator);
                }

                var item = items[i];
                if (!item.IsNullish)
                {
                    builder.Append(ToString(context, item));
                }

                context.CheckStringLength(builder.Length);
            }

            context.ChargeChars(builder.Length);
            return builder.ToString();
        }
        finally
        {
            context.ExitValue();
        }
    }
}
