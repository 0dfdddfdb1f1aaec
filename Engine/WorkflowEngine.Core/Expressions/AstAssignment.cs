namespace WorkflowEngine.Expressions;

/// <summary>
/// target = value, target += value (and -=, *=, /=, %=). Targets are declared locals, properties of script objects
/// and arrays, and variables.x (which calls SetVariable).
/// </summary>
internal sealed class AssignExpr(int pos, Expr target, BinaryOp? op, Expr value) : Expr(pos, DepthOf(target, value))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        switch (target)
        {
            case IdentifierExpr identifier:
            {
                var result = op is { } binary
                    ? Combine(context, binary, identifier.Evaluate(context, scope), scope)
                    : value.Evaluate(context, scope);
                if (!Scope.TryAssign(context, scope, identifier.Name, result))
                {
                    throw context.TryLookupGlobal(identifier.Name, out _)
                        ? context.TypeError($"cannot assign to the global '{identifier.Name}'", Pos)
                        : context.ReferenceError($"'{identifier.Name}' is not defined (declare it with let or const)", Pos);
                }

                return result;
            }

            case MemberExpr member:
            {
                var obj = member.Target.Evaluate(context, scope);
                RequireObject(context, obj, member.Name, member.Pos);
                var result = op is { } binary
                    ? Combine(context, binary, Properties.Get(context, obj, member.Name, member.Pos), scope)
                    : value.Evaluate(context, scope);
                Properties.Set(context, obj, member.Name, result, Pos);
                return result;
            }

            default:
            {
                var index = (IndexExpr)target;
                var obj = index.Target.Evaluate(context, scope);
                var key = index.Key.Evaluate(context, scope);
                if (key.Type is JsType.Array or JsType.Object or JsType.Function)
                {
                    key = JsValue.FromString(Conversions.ToPropertyKey(context, key));
                }

                if (obj.IsNullish)
                {
                    RequireObject(context, obj, Conversions.ToPropertyKey(context, key), index.Pos);
                }

                var result = op is { } binary
                    ? Combine(context, binary, Properties.GetIndexed(context, obj, key, index.Pos), scope)
                    : value.Evaluate(context, scope);
                Properties.SetIndexed(context, obj, key, result, Pos);
                return result;
            }
        }
    }

    private static void RequireObject(Interpreter context, in JsValue obj, string key, int pos)
    {
        if (obj.IsNullish)
        {
            throw context.TypeError($"cannot set property '{key}' of {(obj.Type == JsType.Null ? "null" : "undefined")}", pos);
        }
    }

    private JsValue Combine(Interpreter context, BinaryOp binary, in JsValue current, Scope? scope)
    {
        var operand = value.Evaluate(context, scope);
        context.CurrentPos = Pos;
        return Operators.Apply(context, binary, current, operand);
    }
}
