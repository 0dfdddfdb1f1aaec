namespace WorkflowEngine.Expressions;

internal enum UnaryOp
{
    Not,
    Negate,
    Plus,
    TypeOf,
}

internal enum LogicalOp
{
    And,
    Or,
    Coalesce,
}

/// <summary>! - + typeof</summary>
internal sealed class UnaryExpr(int pos, UnaryOp op, Expr operand) : Expr(pos, DepthOf(operand))
{
    public UnaryOp Op => op;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        if (op == UnaryOp.TypeOf)
        {
            var value = operand is IdentifierExpr identifier
                ? identifier.EvaluateOrUndefined(context, scope)
                : operand.Evaluate(context, scope);
            return JsValue.FromString(Conversions.TypeOf(value));
        }

        var operandValue = operand.Evaluate(context, scope);
        return op switch
        {
            UnaryOp.Not => JsValue.FromBoolean(!Conversions.ToBoolean(operandValue)),
            UnaryOp.Negate => JsValue.FromNumber(-Conversions.ToNumber(context, operandValue)),
            _ => JsValue.FromNumber(Conversions.ToNumber(context, operandValue)),
        };
    }
}

/// <summary>A binary operator with two operands.</summary>
internal sealed class BinaryExpr(int pos, BinaryOp op, Expr left, Expr right) : Expr(pos, DepthOf(left, right))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var a = left.Evaluate(context, scope);
        var b = right.Evaluate(context, scope);
        context.CurrentPos = Pos;
        return Operators.Apply(context, op, a, b);
    }
}

/// <summary>A run of left-associative operators of one precedence (a + b - c + ...), folded iteratively to keep the tree shallow.</summary>
internal sealed class BinaryChainExpr(int pos, Expr first, BinaryOp[] ops, Expr[] rest, int[] positions)
    : Expr(pos, DepthOf(rest, first.Depth))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var value = first.Evaluate(context, scope);
        for (var i = 0; i < ops.Length; i++)
        {
            var right = rest[i].Evaluate(context, scope);
            context.CurrentPos = positions[i];
            value = Operators.Apply(context, ops[i], value, right);
        }

        return value;
    }
}

/// <summary>a &amp;&amp; b &amp;&amp; ..., a || b || ..., a ?? b ?? ...: short-circuits and returns an operand's value.</summary>
internal sealed class LogicalExpr(int pos, LogicalOp op, Expr[] operands) : Expr(pos, DepthOf(operands))
{
    public LogicalOp Op => op;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        var last = operands.Length - 1;
        for (var i = 0; i < last; i++)
        {
            var value = operands[i].Evaluate(context, scope);
            var done = op switch
            {
                LogicalOp.And => !Conversions.ToBoolean(value),
                LogicalOp.Or => Conversions.ToBoolean(value),
                _ => !value.IsNullish,
            };
            if (done)
            {
                return value;
            }
        }

        return operands[last].Evaluate(context, scope);
    }
}

/// <summary>test ? a : b</summary>
internal sealed class ConditionalExpr(int pos, Expr test, Expr consequent, Expr alternate) : Expr(pos, DepthOf(test, consequent, alternate))
{
    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        return Conversions.ToBoolean(test.Evaluate(context, scope))
            ? consequent.Evaluate(context, scope)
            : alternate.Evaluate(context, scope);
    }
}
