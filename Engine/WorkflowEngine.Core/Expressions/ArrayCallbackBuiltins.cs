using static WorkflowEngine.Expressions.BuiltinHelpers;

namespace WorkflowEngine.Expressions;

/// <summary>
/// Array members that call a script function: callbacks receive (element, index, array). The length is read once,
/// as in ECMAScript, so a callback that pushes cannot make the loop run forever; every iteration costs a step.
/// </summary>
internal static class ArrayCallbackBuiltins
{
    public static readonly Dictionary<string, JsValue> Methods = BuiltinHelpers.Methods(
        ("map", Map),
        ("filter", Filter),
        ("forEach", (c, t, a) => Find(c, t, a, "forEach", Mode.ForEach)),
        ("some", (c, t, a) => Find(c, t, a, "some", Mode.Some)),
        ("every", (c, t, a) => Find(c, t, a, "every", Mode.Every)),
        ("find", (c, t, a) => Find(c, t, a, "find", Mode.Find)),
        ("findIndex", (c, t, a) => Find(c, t, a, "findIndex", Mode.FindIndex)),
        ("findLast", (c, t, a) => Find(c, t, a, "findLast", Mode.FindLast)),
        ("findLastIndex", (c, t, a) => Find(c, t, a, "findLastIndex", Mode.FindLastIndex)),
        ("reduce", (c, t, a) => Reduce(c, t, a, fromRight: false)),
        ("reduceRight", (c, t, a) => Reduce(c, t, a, fromRight: true)),
        ("flatMap", FlatMap),
        ("sort", Sort));

    private enum Mode
    {
        ForEach,
        Some,
        Every,
        Find,
        FindIndex,
        FindLast,
        FindLastIndex,
    }

    private static JsFunction Callback(Interpreter context, ReadOnlySpan<JsValue> args, string method) =>
        context.RequireFunction(args.Arg(0), $"the callback passed to {method} ({Conversions.TypeOf(args.Arg(0))})");

    private static JsValue Map(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "map").Items;
        var callback = Callback(context, args, "map");
        var length = items.Count;
        context.CheckNewArray(length, length);
        var result = new List<JsValue>(length);
        for (var i = 0; i < length; i++)
        {
            context.Tick();
            result.Add(i < items.Count ? context.CallCallback(callback, items[i], i, thisValue) : JsValue.Undefined);
        }

        return JsValue.FromArray(new JsArray(result));
    }

    private static JsValue Filter(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "filter").Items;
        var callback = Callback(context, args, "filter");
        var length = items.Count;
        var result = new List<JsValue>();
        for (var i = 0; i < length && i < items.Count; i++)
        {
            context.Tick();
            var item = items[i];
            if (Conversions.ToBoolean(context.CallCallback(callback, item, i, thisValue)))
            {
                result.Add(item);
            }
        }

        context.ChargeElements(result.Count);
        return JsValue.FromArray(new JsArray(result));
    }

    private static JsValue FlatMap(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var mapped = Map(context, thisValue, args);
        var result = new List<JsValue>();
        ArrayBuiltins.FlattenInto(context, result, mapped.Array, 1);
        return JsValue.FromArray(new JsArray(result));
    }

    private static JsValue Find(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, Mode mode)
    {
        var items = ThisArray(context, thisValue, method).Items;
        var callback = Callback(context, args, method);
        var length = items.Count;
        var backwards = mode is Mode.FindLast or Mode.FindLastIndex;
        for (var step = 0; step < length; step++)
        {
            context.Tick();
            var i = backwards ? length - 1 - step : step;
            var item = i < items.Count ? items[i] : JsValue.Undefined;
            var truthy = Conversions.ToBoolean(context.CallCallback(callback, item, i, thisValue));
            switch (mode)
            {
                case Mode.Some when truthy: return JsValue.True;
                case Mode.Every when !truthy: return JsValue.False;
                case Mode.Find or Mode.FindLast when truthy: return item;
                case Mode.FindIndex or Mode.FindLastIndex when truthy: return Number(i);
            }
        }

        return mode switch
        {
            Mode.Some => JsValue.False,
            Mode.Every => JsValue.True,
            Mode.FindIndex or Mode.FindLastIndex => Number(-1),
            _ => JsValue.Undefined,
        };
    }

    private static JsValue Reduce(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args, bool fromRight)
    {
        var method = fromRight ? "reduceRight" : "reduce";
        var items = ThisArray(context, thisValue, method).Items;
        var callback = Callback(context, args, method);
        var length = items.Count;
        var step = 0;
        JsValue accumulator;
        if (args.Length >= 2)
        {
            accumulator = args[1];
        }
        else if (length == 0)
        {
            throw context.TypeError($"{method} of an empty array with no initial value");
        }
        else
        {
            accumulator = items[fromRight ? length - 1 : 0];
            step = 1;
        }

        var start = context.StackPointer;
        for (; step < length; step++)
        {
            context.Tick();
            var i = fromRight ? length - 1 - step : step;
            context.Push(accumulator);
            context.Push(i < items.Count ? items[i] : JsValue.Undefined);
            context.Push(Number(i));
            context.Push(thisValue);
            accumulator = callback.Invoke(context, JsValue.Undefined, context.ArgumentsFrom(start));
            context.PopTo(start);
        }

        return accumulator;
    }

    private static JsValue Sort(Interpreter context, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var items = ThisArray(context, thisValue, "sort").Items;
        var comparer = args.Arg(0);
        if (comparer.Type != JsType.Undefined && comparer.Type != JsType.Function)
        {
            throw context.TypeError("the comparator passed to sort must be a function");
        }

        // Undefined values go last without being compared, as in ECMAScript.
        var defined = items.Where(v => v.Type != JsType.Undefined).ToArray();
        var undefinedCount = items.Count - defined.Length;
        if (comparer.Type == JsType.Function)
        {
            var function = comparer.Function;
            MergeSort.Sort(defined, (a, b) =>
            {
                context.Tick();
                var result = Conversions.ToNumber(context, context.Call(function, a, b));
                return result < 0 ? -1 : result > 0 ? 1 : 0;
            });
        }
        else
        {
            var keyed = defined.Select(v => (Key: Conversions.ToString(context, v), Value: v)).ToArray();
            MergeSort.Sort(keyed, (a, b) =>
            {
                context.ChargeElements(1);
                return string.CompareOrdinal(a.Key, b.Key);
            });
            defined = keyed.Select(k => k.Value).ToArray();
        }

        items.Clear();
        items.AddRange(defined);
        items.AddRange(Enumerable.Repeat(JsValue.Undefined, undefinedCount));
        return thisValue;
    }
}
