using System.Text;
using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>String members. Patterns are plain strings: there are no regular expressions.</summary>
internal static class StringBuiltins
{
    private static readonly Dictionary<string, JsValue> StringMethods = Methods(
        ("includes", (c, t, a) => JsValue.FromBoolean(Self(c, t, "includes").IndexOf(Text(c, a, 0), Position(c, a, 1, Self(c, t, "includes").Length), StringComparison.Ordinal) >= 0)),
        ("startsWith", (c, t, a) => JsValue.FromBoolean(Self(c, t, "startsWith").AsSpan(Position(c, a, 1, Self(c, t, "startsWith").Length)).StartsWith(Text(c, a, 0), StringComparison.Ordinal))),
        ("endsWith", EndsWith),
        ("indexOf", (c, t, a) => Number(Self(c, t, "indexOf").IndexOf(Text(c, a, 0), Position(c, a, 1, Self(c, t, "indexOf").Length), StringComparison.Ordinal))),
        ("lastIndexOf", LastIndexOf),
        ("slice", Slice),
        ("substring", Substring),
        ("toUpperCase", (c, t, _) => String(Self(c, t, "toUpperCase").ToUpperInvariant())),
        ("toLowerCase", (c, t, _) => String(Self(c, t, "toLowerCase").ToLowerInvariant())),
        ("trim", (c, t, _) => String(NumberParser.TrimJs(Self(c, t, "trim")))),
        ("trimStart", (c, t, _) => String(NumberParser.TrimJs(Self(c, t, "trimStart"), end: false))),
        ("trimEnd", (c, t, _) => String(NumberParser.TrimJs(Self(c, t, "trimEnd"), start: false))),
        ("split", Split),
        ("replace", (c, t, a) => Replace(c, Self(c, t, "replace"), a, all: false)),
        ("replaceAll", (c, t, a) => Replace(c, Self(c, t, "replaceAll"), a, all: true)),
        ("padStart", (c, t, a) => Pad(c, Self(c, t, "padStart"), a, atStart: true)),
        ("padEnd", (c, t, a) => Pad(c, Self(c, t, "padEnd"), a, atStart: false)),
        ("repeat", Repeat),
        ("charAt", CharAt),
        ("charCodeAt", CharCodeAt),
        ("at", At),
        ("concat", Concat),
        ("localeCompare", (c, t, a) => Number(Math.Sign(string.Compare(Self(c, t, "localeCompare"), Text(c, a, 0), StringComparison.InvariantCulture)))),
        ("toString", (c, t, _) => String(Self(c, t, "toString"))),
        ("valueOf", (c, t, _) => String(Self(c, t, "valueOf"))));

    public static JsValue GetMethod(string name) => StringMethods.GetValueOrDefault(name);

    private static string Self(Interpreter context, in JsValue thisValue, string method) => ThisString(context, thisValue, method);

    private static string Text(Interpreter context, ReadOnlySpan<JsValue> args, int index) => Conversions.ToString(context, args.Arg(index));

    /// <summary>An optional position argument clamped to [0, length].</summary>
    private static int Position(Interpreter context, ReadOnlySpan<JsValue> args, int index, int length) =>
        args.Arg(index).Type == JsType.Undefined ? 0 : (int)Math.Clamp(Conversions.ToInteger(context, args[index]), 0, length);

    private static JsValue EndsWith(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "endsWith");
        var end = args.Arg(1).Type == JsType.Undefined ? s.Length : Position(context, args, 1, s.Length);
        return JsValue.FromBoolean(s.AsSpan(0, end).EndsWith(Text(context, args, 0), StringComparison.Ordinal));
    }

    private static JsValue LastIndexOf(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "lastIndexOf");
        var search = Text(context, args, 0);
        var from = Conversions.ToNumber(context, args.Arg(1));
        var start = double.IsNaN(from) ? s.Length : (int)Math.Clamp(Math.Truncate(from), 0, s.Length);
        var limit = (int)Math.Min((long)start + search.Length, s.Length);
        return Number(s.AsSpan(0, limit).LastIndexOf(search, StringComparison.Ordinal));
    }

    private static JsValue Slice(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "slice");
        var start = Conversions.RelativeIndex(context, args.Arg(0), s.Length, 0);
        var end = Conversions.RelativeIndex(context, args.Arg(1), s.Length, s.Length);
        return String(start < end ? s[start..end] : string.Empty);
    }

    private static JsValue Substring(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "substring");
        var start = Position(context, args, 0, s.Length);
        var end = args.Arg(1).Type == JsType.Undefined ? s.Length : Position(context, args, 1, s.Length);
        return String(s[Math.Min(start, end)..Math.Max(start, end)]);
    }

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
        return JsValue.FromArray(result);
    }

    private static JsValue Replace(Interpreter context, string s, ReadOnlySpan<JsValue> args, bool all)
    {
        var pattern = Text(context, args, 0);
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

    private static JsValue CharAt(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "charAt");
        var index = Conversions.ToInteger(context, args.Arg(0));
        return index >= 0 && index < s.Length ? String(s[(int)index].ToString()) : JsValue.EmptyString;
    }

    private static JsValue CharCodeAt(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "charCodeAt");
        var index = Conversions.ToInteger(context, args.Arg(0));
        return index >= 0 && index < s.Length ? Number(s[(int)index]) : JsValue.NaN;
    }

    private static JsValue At(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "at");
        var index = Conversions.ToInteger(context, args.Arg(0));
        if (index < 0)
        {
            index += s.Length;
        }

        return index >= 0 && index < s.Length ? String(s[(int)index].ToString()) : JsValue.Undefined;
    }

    private static JsValue Concat(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var builder = new StringBuilder(Self(context, thisValue, "concat"));
        foreach (var arg in args)
        {
            builder.Append(Conversions.ToString(context, arg));
            context.CheckStringLength(builder.Length);
        }

        context.ChargeChars(builder.Length);
        return String(builder.ToString());
    }
}
