using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Expressions;

/// <summary>
/// Converts between host JsonNode values and script values. Host data is always copied on the way in, so a script
/// mutating what it read never changes the host's node.
/// </summary>
internal static class JsonBridge
{
    private const double MaxSafeInteger = 9007199254740992; // 2^53

    public static JsValue FromNode(Interpreter context, JsonNode? node, bool enforceLimits)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonValue value:
                return FromValue(context, value, enforceLimits);
            case JsonArray array:
            {
                if (enforceLimits)
                {
                    context.CheckArrayLength(array.Count);
                }

                context.ChargeElements(array.Count);
                EnterNode(context, array);
                var result = new JsArray(array.Count);
                foreach (var item in array)
                {
                    result.Items.Add(FromNode(context, item, enforceLimits));
                }

                context.ExitValue();
                return JsValue.FromArray(result);
            }

            case JsonObject obj:
            {
                if (enforceLimits && obj.Count > context.MaxArrayLength)
                {
                    throw context.LimitExceeded($"object with more than {context.MaxArrayLength} properties");
                }

                context.ChargeElements(obj.Count);
                EnterNode(context, obj);
                var result = new JsObject(obj.Count);
                foreach (var (key, item) in obj)
                {
                    result.SetUnchecked(key, FromNode(context, item, enforceLimits));
                }

                context.ExitValue();
                return JsValue.FromObject(result);
            }

            default:
                return JsValue.Null;
        }
    }

    public static JsonNode? ToNode(Interpreter context, in JsValue value)
    {
        switch (value.Type)
        {
            case JsType.Boolean:
                return JsonValue.Create(value.Boolean);
            case JsType.Number:
                return NumberNode(value.Number);
            case JsType.String:
                return JsonValue.Create(value.String);
            case JsType.Array:
            {
                var array = value.Array;
                context.ChargeElements(array.Count);
                EnterScriptValue(context, array);
                var result = new JsonArray();
                foreach (var item in array.Items)
                {
                    result.Add(ToNode(context, item));
                }

                context.ExitValue();
                return result;
            }

            case JsType.Object:
            {
                var obj = value.Object;
                context.ChargeElements(obj.Count);
                EnterScriptValue(context, obj);
                var result = new JsonObject();
                foreach (var key in obj.OwnKeys(context))
                {
                    obj.TryGet(context, key, out var item);
                    result[key] = ToNode(context, item);
                }

                context.ExitValue();
                return result;
            }

            default:
                return null; // undefined, null, functions
        }
    }

    private static JsonValue? NumberNode(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return null;
        }

        if (number == Math.Truncate(number) && Math.Abs(number) <= MaxSafeInteger)
        {
            return JsonValue.Create((long)number);
        }

        return JsonValue.Create(number);
    }

    private static JsValue FromValue(Interpreter context, JsonValue value, bool enforceLimits)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                // Values wrapping DateTime, Guid, char, ... are read through their JSON form.
                return JsValue.FromString(value.TryGetValue<string>(out var text) ? text : JsonNode.Parse(value.ToJsonString())!.GetValue<string>());
            case JsonValueKind.Number:
                return JsValue.FromNumber(ReadNumber(value));
            case JsonValueKind.True:
                return JsValue.True;
            case JsonValueKind.False:
                return JsValue.False;
            case JsonValueKind.Object or JsonValueKind.Array:
                // A JsonValue wrapping a CLR object: go through its JSON form, never through the object itself.
                return FromNode(context, JsonNode.Parse(value.ToJsonString()), enforceLimits);
            default:
                return JsValue.Null;
        }
    }

    private static double ReadNumber(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void EnterNode(Interpreter context, JsonNode node)
    {
        if (!context.EnterValue(node))
        {
            throw context.TypeError("cannot convert a circular structure");
        }
    }

    private static void EnterScriptValue(Interpreter context, object value)
    {
        if (!context.EnterValue(value))
        {
            throw context.TypeError("cannot convert a circular structure to JSON");
        }
    }
}
