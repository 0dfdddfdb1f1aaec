namespace WorkflowEngine.Expressions;

/// <summary>
/// Property reads and writes. Only own data properties and the listed built-in members exist: there is no prototype
/// chain, so names such as constructor, __proto__ and prototype read as undefined.
/// </summary>
internal static class Properties
{
    private static readonly string[] SingleCharStrings = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    public static JsValue Get(Interpreter context, in JsValue target, string key, int pos)
    {
        switch (target.Type)
        {
            case JsType.Object:
                target.Object.TryGet(context, key, out var value);
                return value;
            case JsType.Array:
                var items = target.Array.Items;
                if (Conversions.TryGetArrayIndex(key, out var index))
                {
                    return index < items.Count ? items[index] : JsValue.Undefined;
                }

                return key == "length" ? JsValue.FromNumber(items.Count) : ArrayBuiltins.GetMethod(key);
            case JsType.String:
                var text = target.String;
                if (Conversions.TryGetArrayIndex(key, out index))
                {
                    return CharAt(text, index);
                }

                return key == "length" ? JsValue.FromNumber(text.Length) : StringBuiltins.GetMethod(key);
            case JsType.Number:
                return NumberBuiltins.GetMethod(key);
            case JsType.Boolean:
                return NumberBuiltins.GetBooleanMethod(key);
            case JsType.Function:
                return target.Function is BuiltinFunction { Members: { } members } && members.TryGet(context, key, out var member)
                    ? member
                    : JsValue.Undefined;
            default:
                throw context.TypeError($"cannot read property '{key}' of {Conversions.TypeOf(target).Replace("object", "null", StringComparison.Ordinal)}", pos);
        }
    }

    public static JsValue GetIndexed(Interpreter context, in JsValue target, in JsValue key, int pos)
    {
        if (key.Type == JsType.Number)
        {
            var number = key.Number;
            var index = (int)number;
            if (index == number && index >= 0)
            {
                if (target.Type == JsType.Array)
                {
                    var items = target.Array.Items;
                    return index < items.Count ? items[index] : JsValue.Undefined;
                }

                if (target.Type == JsType.String)
                {
                    return CharAt(target.String, index);
                }
            }
        }

        return Get(context, target, Conversions.ToPropertyKey(context, key), pos);
    }

    public static void Set(Interpreter context, in JsValue target, string key, in JsValue value, int pos)
    {
        switch (target.Type)
        {
            case JsType.Object:
                context.CurrentPos = pos;
                target.Object.Set(context, key, value);
                return;
            case JsType.Array:
                if (Conversions.TryGetArrayIndex(key, out var index))
                {
                    SetElement(context, target.Array, index, value, pos);
                }
                else if (key == "length")
                {
                    SetLength(context, target.Array, value, pos);
                }
                else
                {
                    throw context.TypeError($"cannot set property '{key}' on an array", pos);
                }

                return;
            case JsType.Undefined or JsType.Null:
                throw context.TypeError($"cannot set property '{key}' of {(target.Type == JsType.Null ? "null" : "undefined")}", pos);
            default:
                throw context.TypeError($"cannot set property '{key}' on a {Conversions.TypeOf(target)}", pos);
        }
    }

    public static void SetIndexed(Interpreter context, in JsValue target, in JsValue key, in JsValue value, int pos)
    {
        if (key.Type == JsType.Number && target.Type == JsType.Array)
        {
            var number = key.Number;
            var index = (int)number;
            if (index == number && index >= 0)
            {
                SetElement(context, target.Array, index, value, pos);
                return;
            }
        }

        Set(context, target, Conversions.ToPropertyKey(context, key), value, pos);
    }

    private static JsValue CharAt(string text, int index)
    {
        if (index >= text.Length)
        {
            return JsValue.Undefined;
        }

        var c = text[index];
        return JsValue.FromString(c < 128 ? SingleCharStrings[c] : c.ToString());
    }

    private static void SetElement(Interpreter context, JsArray array, int index, in JsValue value, int pos)
    {
        var items = array.Items;
        if (index < items.Count)
        {
            items[index] = value;
            return;
        }

        context.CurrentPos = pos;
        context.CheckNewArray((long)index + 1, index + 1 - items.Count);
        while (items.Count < index)
        {
            items.Add(JsValue.Undefined);
        }

        items.Add(value);
    }

    private static void SetLength(Interpreter context, JsArray array, in JsValue value, int pos)
    {
        var number = Conversions.ToNumber(context, value);
        if (number < 0 || number != Math.Truncate(number) || double.IsNaN(number) || number > uint.MaxValue)
        {
            throw context.RangeError("invalid array length", pos);
        }

        var items = array.Items;
        var length = (int)Math.Min(number, int.MaxValue);
        if (length < items.Count)
        {
            items.RemoveRange(length, items.Count - length);
        }
        else if (length > items.Count)
        {
            SetElement(context, array, length - 1, JsValue.Undefined, pos);
        }
    }
}
