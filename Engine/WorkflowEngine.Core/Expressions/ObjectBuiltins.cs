using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>The Object namespace: keys, values, entries, fromEntries, assign.</summary>
internal static class ObjectBuiltins
{
    public static JsObject Create() => Namespace(
        ("keys", Function("keys", (c, _, a) => Collect(c, a.Arg(0), (key, _) => String(key)))),
        ("values", Function("values", (c, _, a) => Collect(c, a.Arg(0), (_, value) => value))),
        ("entries", Function("entries", (c, _, a) => Collect(c, a.Arg(0), (key, value) =>
            JsValue.FromArray(new JsArray(new List<JsValue>(2) { String(key), value }))))),
        ("fromEntries", Function("fromEntries", FromEntries)),
        ("assign", Function("assign", Assign)));

    /// <summary>Own enumerable (key, value) pairs of an object, array or string, in ECMAScript order.</summary>
    public static List<(string Key, JsValue Value)> OwnEntries(Interpreter context, in JsValue value)
    {
        var result = new List<(string, JsValue)>();
        switch (value.Type)
        {
            case JsType.Object:
                var obj = value.Object;
                foreach (var key in obj.OwnKeys(context))
                {
                    obj.TryGet(context, key, out var item);
                    result.Add((key, item));
                }

                break;
            case JsType.Array:
                var items = value.Array.Items;
                for (var i = 0; i < items.Count; i++)
                {
                    result.Add((Conversions.NumberToString(i), items[i]));
                }

                break;
            case JsType.String:
                var text = value.String;
                for (var i = 0; i < text.Length; i++)
                {
                    result.Add((Conversions.NumberToString(i), String(text[i].ToString())));
                }

                break;
            case JsType.Undefined or JsType.Null:
                throw context.TypeError("cannot convert undefined or null to object");
        }

        context.ChargeElements(result.Count);
        return result;
    }

    private static JsValue Collect(Interpreter context, JsValue value, Func<string, JsValue, JsValue> select)
    {
        var entries = OwnEntries(context, value);
        context.CheckNewArray(entries.Count, entries.Count);
        var result = new JsArray(entries.Count);
        foreach (var (key, item) in entries)
        {
            result.Items.Add(select(key, item));
        }

        return JsValue.FromArray(result);
    }

    private static JsValue FromEntries(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var source = args.Arg(0);
        if (source.Type != JsType.Array)
        {
            throw context.TypeError("Object.fromEntries expects an array of [key, value] pairs");
        }

        var result = new JsObject();
        foreach (var entry in source.Array.Items)
        {
            if (entry.Type != JsType.Array)
            {
                throw context.TypeError("Object.fromEntries expects an array of [key, value] pairs");
            }

            var pair = entry.Array.Items;
            var key = pair.Count > 0 ? Conversions.ToPropertyKey(context, pair[0]) : "undefined";
            result.Set(context, key, pair.Count > 1 ? pair[1] : JsValue.Undefined);
        }

        return JsValue.FromObject(result);
    }

    private static JsValue Assign(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = args.Arg(0);
        if (target.Type != JsType.Object)
        {
            throw context.TypeError("Object.assign expects an object as its target");
        }

        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].IsNullish)
            {
                continue;
            }

            foreach (var (key, value) in OwnEntries(context, args[i]))
            {
                target.Object.Set(context, key, value);
            }
        }

        return target;
    }
}
