using System.Text;
using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>String members. Patterns are plain strings: there are no regular expressions.</summary>
internal static partial class StringBuiltins
{
    private static readonly Dictionary<string, JsValue> StringMethods = Methods(
        ("includes", (c, t, a) => JsValue.FromBoolean(Find(c, Self(c, t, "includes"), a) >= 0)),
        ("startsWith", (c, t, a) => JsValue.FromBoolean(Self(c, t, "startsWith").AsSpan(Position(c, a, 1, Self(c, t, "startsWith").Length)).StartsWith(Text(c, a, 0), StringComparison.Ordinal))),
        ("endsWith", EndsWith),
        ("indexOf", (c, t, a) => Number(Find(c, Self(c, t, "indexOf"), a))),
        ("lastIndexOf", LastIndexOf),
        ("slice", Slice),
        ("substring", Substring),
        ("toUpperCase", (c, t, _) => Charged(c, Self(c, t, "toUpperCase").ToUpperInvariant())),
        ("toLowerCase", (c, t, _) => Charged(c, Self(c, t, "toLowerCase").ToLowerInvariant())),
        ("trim", (c, t, _) => Charged(c, NumberParser.TrimJs(Self(c, t, "trim")))),
        ("trimStart", (c, t, _) => Charged(c, NumberParser.TrimJs(Self(c, t, "trimStart"), end: false))),
        ("trimEnd", (c, t, _) => Charged(c, NumberParser.TrimJs(Self(c, t, "trimEnd"), start: false))),
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

    /// <summary>
    /// Charges a substring search before running it: ordinal search is O(n·m) in the worst case (e.g. a long needle of
    /// repeated characters), so long inputs must not get a free pass.
    /// </summary>
    private static void ChargeSearch(Interpreter context, string haystack, string needle) =>
        context.ChargeElements(((long)haystack.Length * Math.Max(needle.Length, 1)) >> 10);

    private static int Find(Interpreter context, string s, ReadOnlySpan<JsValue> args)
    {
        var search = Text(context, args, 0);
        ChargeSearch(context, s, search);
        return s.IndexOf(search, Position(context, args, 1, s.Length), StringComparison.Ordinal);
    }

    /// <summary>Returns a new string, charging its length as work (so many large copies run into the step limit).</summary>
    private static JsValue Charged(Interpreter context, string value)
    {
        context.ChargeChars(value.Length);
        return String(value);
    }

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
        ChargeSearch(context, s, search);
        return Number(s.AsSpan(0, limit).LastIndexOf(search, StringComparison.Ordinal));
    }

    private static JsValue Slice(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "slice");
        var start = Conversions.RelativeIndex(context, args.Arg(0), s.Length, 0);
        var end = Conversions.RelativeIndex(context, args.Arg(1), s.Length, s.Length);
        return Charged(context, start < end ? s[start..end] : string.Empty);
    }

    private static JsValue Substring(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = Self(context, thisValue, "substring");
        var start = Position(context, args, 0, s.Length);
        var end = args.Arg(1).Type == JsType.Undefined ? s.Length : Position(context, args, 1, s.Length);
        return Charged(context, s[Math.Min(start, end)..Math.Max(start, end)]);
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
