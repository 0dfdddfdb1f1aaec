using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>Array members that do not call back into script code (see ArrayCallbackBuiltins for those that do).</summary>
internal static class ArrayBuiltins
{
    private static readonly Dictionary<string, JsValue> ArrayMethods = CreateMethods();

    public static JsValue GetMethod(string name) => ArrayMethods.GetValueOrDefault(name);

    private static Dictionary<string, JsValue> CreateMethods()
    {
        var methods = Methods(
            ("includes", Includes),
            ("indexOf", IndexOf),
            ("lastIndexOf", LastIndexOf),
            ("join", (c, t, a) => String(Conversions.JoinArray(c, ThisArray(c, t, "join"), a.Arg(0).Type == JsType.Undefined ? "," : Conversions.ToString(c, a[0])))),
            ("toString", (c, t, _) => String(Conversions.JoinArray(c, ThisArray(c, t, "toString"), ","))),
            ("slice", Slice),
            ("concat", Concat),
            ("push", Push),
            ("pop", Pop),
            ("shift", Shift),
            ("unshift", Unshift),
            ("reverse", Reverse),
            ("flat", Flat),
            ("at", At));
        foreach (var (name, value) in ArrayCallbackBuiltins.Methods)
        {
            methods.Add(name, value);
        }

        return methods;
    }

    private static JsValue Includes(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "includes").Items;
        var search = args.Arg(0);
        context.ChargeElements(items.Count);
        for (var i = Conversions.RelativeIndex(context, args.Arg(1), items.Count, 0); i < items.Count; i++)
        {
            if (Operators.SameValueZero(items[i], search))
            {
                return JsValue.True;
            }
        }

        return JsValue.False;
    }

    private static JsValue IndexOf(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "indexOf").Items;
        var search = args.Arg(0);
        context.ChargeElements(items.Count);
        for (var i = Conversions.RelativeIndex(context, args.Arg(1), items.Count, 0); i < items.Count; i++)
        {
            if (Operators.StrictEquals(items[i], search))
            {
                return Number(i);
            }
        }

        return Number(-1);
    }

    private static JsValue LastIndexOf(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "lastIndexOf").Items;
        var search = args.Arg(0);
        context.ChargeElements(items.Count);
        var from = args.Length > 1 ? Conversions.ToInteger(context, args[1]) : items.Count - 1;
        var start = (int)(from < 0 ? items.Count + from : Math.Min(from, items.Count - 1));
        for (var i = start; i >= 0; i--)
        {
            if (Operators.StrictEquals(items[i], search))
            {
                return Number(i);
            }
        }

        return Number(-1);
    }

    private static JsValue Slice(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "slice").Items;
        var start = Conversions.RelativeIndex(context, args.Arg(0), items.Count, 0);
        var end = Conversions.RelativeIndex(context, args.Arg(1), items.Count, items.Count);
        var count = Math.Max(end - start, 0);
        context.ChargeElements(count);
        return JsValue.FromArray(new JsArray(items.GetRange(start, count)));
    }

    private static JsValue Concat(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "concat").Items;
        long total = items.Count;
        foreach (var arg in args)
        {
            total += arg.Type == JsType.Array ? arg.Array.Count : 1;
        }

        context.CheckNewArray(total, total);
        var result = new List<JsValue>((int)total);
        result.AddRange(items);
        foreach (var arg in args)
        {
            if (arg.Type == JsType.Array)
            {
                result.AddRange(arg.Array.Items);
            }
            else
            {
                result.Add(arg);
            }
        }

        return JsValue.FromArray(new JsArray(result));
    }

    private static JsValue Push(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "push").Items;
        context.CheckNewArray((long)items.Count + args.Length, args.Length);
        items.AddRange(args);
        return Number(items.Count);
    }

    private static JsValue Pop(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "pop").Items;
        if (items.Count == 0)
        {
            return JsValue.Undefined;
        }

        var last = items[^1];
        items.RemoveAt(items.Count - 1);
        return last;
    }

    private static JsValue Shift(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "shift").Items;
        if (items.Count == 0)
        {
            return JsValue.Undefined;
        }

        context.ChargeElements(items.Count);
        var first = items[0];
        items.RemoveAt(0);
        return first;
    }

    private static JsValue Unshift(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "unshift").Items;
        context.CheckNewArray((long)items.Count + args.Length, items.Count + args.Length);
        items.InsertRange(0, args.ToArray());
        return Number(items.Count);
    }

    private static JsValue Reverse(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "reverse").Items;
        context.ChargeElements(items.Count);
        items.Reverse();
        return thisValue;
    }

    private static JsValue Flat(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var array = ThisArray(context, thisValue, "flat");
        var depth = args.Arg(0).Type == JsType.Undefined ? 1 : Conversions.ToInteger(context, args[0]);
        var result = new List<JsValue>();
        FlattenInto(context, result, array, depth);
        return JsValue.FromArray(new JsArray(result));
    }

    internal static void FlattenInto(Interpreter context, List<JsValue> result, JsArray array, double depth)
    {
        if (!context.EnterValue(array))
        {
            throw context.TypeError("cannot flatten an array that contains itself");
        }

        foreach (var item in array.Items)
        {
            if (item.Type == JsType.Array && depth >= 1)
            {
                FlattenInto(context, result, item.Array, depth - 1);
            }
            else
            {
                context.CheckNewArray(result.Count + 1, 1);
                result.Add(item);
            }
        }

        context.ExitValue();
    }

    private static JsValue At(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "at").Items;
        var index = Conversions.ToInteger(context, args.Arg(0));
        if (index < 0)
        {
            index += items.Count;
        }

        return index >= 0 && index < items.Count ? items[(int)index] : JsValue.Undefined;
    }
}
