using System.Text;
using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>String members that build new strings or arrays: split, replace, replaceAll, padStart/padEnd, repeat.</summary>
internal static partial class StringBuiltins
{
    private static JsValue Split(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "split");
        var limit = args.Arg(1).Type == JsType.Undefined ? int.MaxValue : (int)Math.Clamp(Conversions.ToInteger(context, args[1]), 0, int.MaxValue);
        var result = new JsArray();
        if (args.Arg(0).Type == JsType.Undefined)
        {
            if (limit > 0)
            {
                result.Items.Add(String(s));
            }

            return JsValue.FromArray(result);
        }

        var separator = Text(context, args, 0);
        ChargeSearch(context, s, separator);
        var position = 0;
        while (result.Count < limit)
        {
            context.CheckArrayLength(result.Count + 1);
            if (separator.Length == 0)
            {
                if (position >= s.Length)
                {
                    break;
                }

                result.Items.Add(String(s[position].ToString()));
                position++;
                continue;
            }

            var next = s.IndexOf(separator, position, StringComparison.Ordinal);
            if (next < 0)
            {
                result.Items.Add(String(s[position..]));
                break;
            }

            result.Items.Add(String(s[position..next]));
            position = next + separator.Length;
        }

        context.ChargeElements(result.Count);
        context.ChargeChars(s.Length);
        return JsValue.FromArray(result);
    }

    private static JsValue Replace(Interpreter context, string s, ReadOnlySpan<JsValue> args, bool all)
    {
        var pattern = Text(context, args, 0);
        ChargeSearch(context, s, pattern);
        var replacement = args.Arg(1);
        var function = replacement.Type == JsType.Function ? replacement.Function : null;
        var template = function is null ? Conversions.ToString(context, replacement) : string.Empty;
        var builder = new StringBuilder();
        var position = 0;
        var searchFrom = 0;
        while (searchFrom <= s.Length)
        {
            var index = s.IndexOf(pattern, searchFrom, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            builder.Append(s, position, index - position);
            if (function is not null)
            {
                var result = context.CallWith(function, [String(pattern), Number(index), String(s)]);
                builder.Append(Conversions.ToString(context, result));
            }
            else
            {
                AppendSubstitution(builder, template, s, pattern, index);
            }

            context.CheckStringLength(builder.Length + (s.Length - index));
            position = index + pattern.Length;
            searchFrom = pattern.Length == 0 ? index + 1 : position;
            if (!all)
            {
                break;
            }
        }

        builder.Append(s, position, s.Length - position);
        context.CheckNewString(builder.Length);
        return String(builder.ToString());
    }

    /// <summary>GetSubstitution for string patterns: $$, $&amp;, $` and $'.</summary>
    private static void AppendSubstitution(StringBuilder builder, string template, string s, string matched, int index)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                builder.Append(c);
                continue;
            }

            switch (template[i + 1])
            {
                case '$': builder.Append('$'); i++; break;
                case '&': builder.Append(matched); i++; break;
                case '`': builder.Append(s, 0, index); i++; break;
                case '\'': builder.Append(s, index + matched.Length, s.Length - index - matched.Length); i++; break;
                default: builder.Append(c); break;
            }
        }
    }

    private static JsValue Pad(Interpreter context, string s, ReadOnlySpan<JsValue> args, bool atStart)
    {
        var target = Conversions.ToInteger(context, args.Arg(0));
        var filler = args.Arg(1).Type == JsType.Undefined ? " " : Text(context, args, 1);
        if (target <= s.Length || filler.Length == 0)
        {
            return String(s);
        }

        context.CheckNewString((long)target);
        var padLength = (int)target - s.Length;
        var pad = new StringBuilder(padLength);
        while (pad.Length < padLength)
        {
            pad.Append(filler, 0, Math.Min(filler.Length, padLength - pad.Length));
        }

        return String(atStart ? pad + s : s + pad);
    }

    private static JsValue Repeat(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "repeat");
        var count = Conversions.ToInteger(context, args.Arg(0));
        if (count < 0 || double.IsInfinity(count))
        {
            throw context.RangeError($"invalid repeat count {Conversions.NumberToString(count)}");
        }

        if (s.Length == 0 || count == 0)
        {
            return JsValue.EmptyString;
        }

        context.CheckNewString((long)Math.Min(count * s.Length, long.MaxValue));
        return String(new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString());
    }
}
