using System.Globalization;
using System.Text;
using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>JSON.stringify (ECMAScript output: key order, number format, escaping, optional indentation) and JSON.parse.</summary>
internal static class JsonBuiltins
{
    public static JsObject Create() => Namespace(
        ("stringify", Function("stringify", Stringify)),
        ("parse", Function("parse", Parse)));

    public static JsValue Stringify(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var replacer = args.Arg(1);
        if (!replacer.IsNullish)
        {
            throw context.TypeError("JSON.stringify with a replacer is not supported");
        }

        var space = args.Arg(2);
        var indent = space.Type switch
        {
            JsType.Number => new string(' ', (int)Math.Clamp(Conversions.ToInteger(context, space), 0, 10)),
            JsType.String => space.String.Length > 10 ? space.String[..10] : space.String,
            _ => string.Empty,
        };
        var builder = new StringBuilder();
        if (!Write(context, builder, args.Arg(0), indent, string.Empty))
        {
            return JsValue.Undefined;
        }

        context.ChargeChars(builder.Length);
        return String(builder.ToString());
    }

    public static void Quote(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var loneSurrogate = char.IsHighSurrogate(c)
                        ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                        : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
                    if (c < 0x20 || loneSurrogate)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Writes a value; false when it has no JSON form (undefined, functions).</summary>
    private static bool Write(Interpreter context, StringBuilder builder, in JsValue value, string indent, string currentIndent)
    {
        switch (value.Type)
        {
            case JsType.Null:
                builder.Append("null");
                break;
            case JsType.Boolean:
                builder.Append(value.Boolean ? "true" : "false");
                break;
            case JsType.Number:
                builder.Append(double.IsFinite(value.Number) ? Conversions.NumberToString(value.Number) : "null");
                break;
            case JsType.String:
                Quote(builder, value.String);
                break;
            case JsType.Array:
                WriteArray(context, builder, value.Array, indent, currentIndent);
                break;
            case JsType.Object:
                WriteObject(context, builder, value.Object, indent, currentIndent);
                break;
            default:
                return false;
        }

        context.CheckStringLength(builder.Length);
        return true;
    }

    private static void WriteArray(Interpreter context, StringBuilder builder, JsArray array, string indent, string currentIndent)
    {
        Enter(context, array);
        var items = array.Items;
        var inner = currentIndent + indent;
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(i > 0 ? "," : string.Empty);
            NewLine(builder, indent, inner);
            if (!Write(context, builder, items[i], indent, inner))
            {
                builder.Append("null");
            }
        }

        if (items.Count > 0)
        {
            NewLine(builder, indent, currentIndent);
        }

        builder.Append(']');
        context.ExitValue();
    }

    private static void WriteObject(Interpreter context, StringBuilder builder, JsObject obj, string indent, string currentIndent)
    {
        Enter(context, obj);
        var inner = currentIndent + indent;
        var first = true;
        builder.Append('{');
        foreach (var key in obj.OwnKeys(context))
        {
            obj.TryGet(context, key, out var item);
            if (item.Type is JsType.Undefined or JsType.Function)
            {
                continue;
            }

            builder.Append(first ? string.Empty : ",");
            first = false;
            NewLine(builder, indent, inner);
            Quote(builder, key);
            builder.Append(indent.Length > 0 ? ": " : ":");
            Write(context, builder, item, indent, inner);
        }

        if (!first)
        {
            NewLine(builder, indent, currentIndent);
        }

        builder.Append('}');
        context.ExitValue();
    }

    private static void NewLine(StringBuilder builder, string indent, string currentIndent)
    {
        if (indent.Length > 0)
        {
            builder.Append('\n').Append(currentIndent);
        }
    }

    private static void Enter(Interpreter context, object value)
    {
        if (!context.EnterValue(value))
        {
            throw context.TypeError("Converting circular structure to JSON");
        }
    }

    private static JsValue Parse(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (!args.Arg(1).IsNullish)
        {
            throw context.TypeError("JSON.parse with a reviver is not supported");
        }

        var text = Conversions.ToString(context, args.Arg(0));
        context.ChargeChars(text.Length);
        return new JsonTextParser(context, text).ParseDocument();
    }
}
