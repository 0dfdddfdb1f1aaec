using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

/// <summary>object.name or object?.name</summary>
internal sealed class MemberExpr(int pos, Expr target, string name, bool optional) : Expr(pos, DepthOf(target))
{
    public Expr Target => target;

    public string Name => name;

    public bool Optional => optional;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var value = target.Evaluate(context, scope);
        if (value.Type == JsType.ChainBreak || (optional && value.IsNullish))
        {
            return JsValue.ChainBreak;
        }

        if (value.IsNullish)
        {
            throw context.TypeError($"cannot read property '{name}' of {(value.Type == JsType.Null ? "null" : "undefined")} ({target.Describe()})", Pos);
        }

        return Properties.Get(context, value, name, Pos);
    }

    public override string Describe() => $"{target.Describe()}{(optional ? "?." : ".")}{name}";
}

/// <summary>object[key] or object?.[key]</summary>
internal sealed class IndexExpr(int pos, Expr target, Expr key, bool optional) : Expr(pos, DepthOf(target, key))
{
    public Expr Target => target;

    public Expr Key => key;

    public bool Optional => optional;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var value = target.Evaluate(context, scope);
        if (value.Type == JsType.ChainBreak || (optional && value.IsNullish))
        {
            return JsValue.ChainBreak;
        }

        var keyValue = key.Evaluate(context, scope);
        if (value.IsNullish)
        {
            var keyText = Conversions.ToPropertyKey(context, keyValue);
            throw context.TypeError($"cannot read property '{keyText}' of {(value.Type == JsType.Null ? "null" : "undefined")} ({target.Describe()})", Pos);
        }

        return Properties.GetIndexed(context, value, keyValue, Pos);
    }

    public override string Describe() => $"{target.Describe()}{(optional ? "?.[" : "[")}{key.Describe()}]";
}

/// <summary>callee(args), callee?.(args); a member callee passes its object as this (for built-in methods).</summary>
internal sealed class CallExpr(int pos, Expr callee, Expr[] arguments, bool optional) : Expr(pos, DepthOf(arguments, callee.Depth))
{
    private readonly bool _hasSpread = arguments.Any(a => a is SpreadExpr);

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        JsValue function;
        var thisValue = JsValue.Undefined;
        if (callee is MemberExpr member)
        {
            var target = member.Target.Evaluate(context, scope);
            if (target.Type == JsType.ChainBreak || (member.Optional && target.IsNullish))
            {
                return JsValue.ChainBreak;
            }

            if (target.IsNullish)
            {
                throw context.TypeError($"cannot read property '{member.Name}' of {(target.Type == JsType.Null ? "null" : "undefined")} ({member.Target.Describe()})", member.Pos);
            }

            function = Properties.Get(context, target, member.Name, member.Pos);
            thisValue = target;
        }
        else if (callee is IndexExpr index)
        {
            var target = index.Target.Evaluate(context, scope);
            if (target.Type == JsType.ChainBreak || (index.Optional && target.IsNullish))
            {
                return JsValue.ChainBreak;
            }

            var key = index.Key.Evaluate(context, scope);
            if (target.IsNullish)
            {
                throw context.TypeError($"cannot read property '{Conversions.ToPropertyKey(context, key)}' of {(target.Type == JsType.Null ? "null" : "undefined")}", index.Pos);
            }

            function = Properties.GetIndexed(context, target, key, index.Pos);
            thisValue = target;
        }
        else
        {
            function = callee.Evaluate(context, scope);
            if (function.Type == JsType.ChainBreak)
            {
                return function;
            }
        }

        if (function.Type != JsType.Function)
        {
            if (optional && function.IsNullish)
            {
                return JsValue.ChainBreak;
            }

            throw context.TypeError($"{callee.Describe()} is not a function", Pos);
        }

        var start = context.StackPointer;
        if (_hasSpread)
        {
            PushWithSpread(context, scope);
        }
        else
        {
            foreach (var argument in arguments)
            {
                context.Push(argument.Evaluate(context, scope));
            }
        }

        context.CurrentPos = Pos;
        var result = function.Function.Invoke(context, thisValue, context.ArgumentsFrom(start));
        context.PopTo(start);
        return result;
    }

    public override string Describe() => $"{callee.Describe()}(...)";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushWithSpread(Interpreter context, Scope? scope)
    {
        var start = context.StackPointer;
        foreach (var argument in arguments)
        {
            if (argument is SpreadExpr spread)
            {
                spread.PushElements(context, scope);
                context.CheckArrayLength(context.StackPointer - start);
            }
            else
            {
                context.Push(argument.Evaluate(context, scope));
            }
        }
    }
}

/// <summary>The boundary of an optional chain: a short-circuit anywhere inside yields undefined here.</summary>
internal sealed class ChainExpr(int pos, Expr inner) : Expr(pos, DepthOf(inner))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        var value = inner.Evaluate(context, scope);
        return value.Type == JsType.ChainBreak ? JsValue.Undefined : value;
    }

    public override string Describe() => inner.Describe();
}
