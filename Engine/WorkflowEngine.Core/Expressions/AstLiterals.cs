using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>A literal number, string, boolean, null or undefined.</summary>
internal sealed class ConstantExpr(int pos, JsValue value) : Expr(pos, 1)
{
    public JsValue Value => value;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        return value;
    }

    public override string Describe() => value.Type switch
    {
        JsType.String => $"\"{value.String}\"",
        JsType.Number => Conversions.NumberToString(value.Number),
        JsType.Boolean => value.Boolean ? "true" : "false",
        JsType.Null => "null",
        _ => "undefined",
    };
}

/// <summary>A template literal: cooked strings interleaved with substitutions.</summary>
internal sealed class TemplateExpr(int pos, string[] strings, Expr[] substitutions) : Expr(pos, DepthOf(substitutions))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var builder = new StringBuilder(strings[0]);
        for (var i = 0; i < substitutions.Length; i++)
        {
            var value = substitutions[i].Evaluate(context, scope);
            builder.Append(Conversions.ToString(context, value)).Append(strings[i + 1]);
            context.CheckStringLength(builder.Length);
        }

        context.ChargeChars(builder.Length);
        return JsValue.FromString(builder.ToString());
    }
}

/// <summary>A name: a local, a global built-in, variables/input, or a host function.</summary>
internal sealed class IdentifierExpr(int pos, string name) : Expr(pos, 1)
{
    private readonly bool _isBuiltin = GlobalBuiltins.TryGet(name, out _);
    private readonly JsValue _builtin = GlobalBuiltins.TryGet(name, out var value) ? value : JsValue.Undefined;

    public string Name => name;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        if (scope is not null && Scope.TryLookup(context, scope, name, out var local))
        {
            return local;
        }

        return _isBuiltin ? _builtin : context.LookupGlobal(name, Pos);
    }

    /// <summary>For typeof: undefined instead of a ReferenceError.</summary>
    public JsValue EvaluateOrUndefined(Interpreter context, Scope? scope)
    {
        context.Tick();
        if (Scope.TryLookup(context, scope, name, out var local))
        {
            return local;
        }

        return context.TryLookupGlobal(name, out var global) ? global : JsValue.Undefined;
    }

    public override string Describe() => name;
}

/// <summary>...expression inside an array literal, call arguments or an object literal.</summary>
internal sealed class SpreadExpr(int pos, Expr argument) : Expr(pos, DepthOf(argument))
{
    public Expr Argument => argument;

    public override JsValue Evaluate(Interpreter context, Scope? scope) => throw new InvalidOperationException("spread evaluated directly");

    /// <summary>Pushes the elements of an array (or the characters of a string) onto the argument stack.</summary>
    public void PushElements(Interpreter context, Scope? scope)
    {
        var value = argument.Evaluate(context, scope);
        switch (value.Type)
        {
            case JsType.Array:
                var items = value.Array.Items;
                context.ChargeElements(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    context.Push(items[i]);
                }

                break;
            case JsType.String:
                foreach (var c in value.String)
                {
                    context.Push(JsValue.FromString(c.ToString()));
                }

                break;
            default:
                throw context.TypeError($"{argument.Describe()} is not iterable", Pos);
        }
    }
}

/// <summary>[a, b, ...c]</summary>
internal sealed class ArrayExpr(int pos, Expr[] elements) : Expr(pos, DepthOf(elements))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var start = context.StackPointer;
        foreach (var element in elements)
        {
            if (element is SpreadExpr spread)
            {
                spread.PushElements(context, scope);
                context.CheckArrayLength(context.StackPointer - start);
            }
            else
            {
                context.Push(element.Evaluate(context, scope));
            }
        }

        var values = context.ArgumentsFrom(start);
        context.CurrentPos = Pos;
        context.CheckNewArray(values.Length, values.Length);
        var list = new List<JsValue>(values.Length);
        list.AddRange(values);
        context.PopTo(start);
        return JsValue.FromArray(new JsArray(list));
    }
}

/// <summary>One entry of an object literal: key: value, [computed]: value, shorthand, or ...spread.</summary>
internal sealed record ObjectProperty(string? Key, Expr? ComputedKey, Expr Value, bool IsSpread);

/// <summary>{ a: 1, "b": 2, c, [d]: 4, ...e }</summary>
internal sealed class ObjectExpr(int pos, ObjectProperty[] properties)
    : Expr(pos, DepthOf(properties.Select(p => p.Value).Concat(properties.Where(p => p.ComputedKey is not null).Select(p => p.ComputedKey!))))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var result = new JsObject(properties.Length);
        foreach (var property in properties)
        {
            if (property.IsSpread)
            {
                CopyInto(context, result, property.Value.Evaluate(context, scope));
                continue;
            }

            var key = property.Key ?? Conversions.ToPropertyKey(context, property.ComputedKey!.Evaluate(context, scope));
            var value = property.Value.Evaluate(context, scope);
            context.CurrentPos = Pos;
            result.Set(context, key, value);
        }

        return JsValue.FromObject(result);
    }

    private void CopyInto(Interpreter context, JsObject result, JsValue source)
    {
        context.CurrentPos = Pos;
        switch (source.Type)
        {
            case JsType.Object:
                var keys = source.Object.OwnKeys(context);
                context.ChargeElements(keys.Count);
                foreach (var key in keys)
                {
                    source.Object.TryGet(context, key, out var value);
                    result.Set(context, key, value);
                }

                break;
            case JsType.Array:
                var items = source.Array.Items;
                context.ChargeElements(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    result.Set(context, Conversions.NumberToString(i), items[i]);
                }

                break;
            case JsType.String:
                for (var i = 0; i < source.String.Length; i++)
                {
                    result.Set(context, Conversions.NumberToString(i), JsValue.FromString(source.String[i].ToString()));
                }

                break;
        }
    }
}
