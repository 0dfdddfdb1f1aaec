namespace WorkflowEngine.Expressions;

/// <summary>An expression used as a statement; its value becomes the completion value.</summary>
internal sealed class ExpressionStmt(int pos, Expr expression) : Stmt(pos)
{
    public Expr Expression => expression;

    public override bool Execute(Interpreter context, Scope? scope)
    {
        var value = expression.Evaluate(context, scope);
        context.CompletionValue = value.Type == JsType.ChainBreak ? JsValue.Undefined : value;
        return false;
    }
}

/// <summary>const/let/var a = 1, b = 2: initializes slots of the enclosing block's scope. All three are block scoped.</summary>
internal sealed class DeclarationStmt(int pos, (int Slot, Expr? Init)[] declarators) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope)
    {
        context.Tick();
        foreach (var (slot, init) in declarators)
        {
            var value = init is null ? JsValue.Undefined : init.Evaluate(context, scope);
            scope!.Values[slot] = value.Type == JsType.ChainBreak ? JsValue.Undefined : value;
        }

        return false;
    }
}

/// <summary>if (test) consequent else alternate</summary>
internal sealed class IfStmt(int pos, Expr test, Stmt consequent, Stmt? alternate) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope)
    {
        context.Tick();
        if (Conversions.ToBoolean(test.Evaluate(context, scope)))
        {
            return consequent.Execute(context, scope);
        }

        return alternate is not null && alternate.Execute(context, scope);
    }
}

/// <summary>{ statements }. Layout is set when the block declares names and so needs its own scope.</summary>
internal sealed class BlockStmt(int pos, Stmt[] body, ScopeLayout? layout) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope) =>
        ExecuteStatements(context, layout is not null ? new Scope(scope, layout) : scope);

    /// <summary>Runs the statements in the given scope (a function body shares its parameters' scope).</summary>
    public bool ExecuteStatements(Interpreter context, Scope? scope)
    {
        foreach (var statement in body)
        {
            if (statement.Execute(context, scope))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>return expression</summary>
internal sealed class ReturnStmt(int pos, Expr? argument) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope)
    {
        context.Tick();
        var value = argument is null ? JsValue.Undefined : argument.Evaluate(context, scope);
        context.ReturnValue = value.Type == JsType.ChainBreak ? JsValue.Undefined : value;
        return true;
    }
}

/// <summary>throw expression: ends the evaluation with a runtime error (there is no try/catch).</summary>
internal sealed class ThrowStmt(int pos, Expr argument) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope)
    {
        context.Tick();
        var value = argument.Evaluate(context, scope);
        var message = value.Type == JsType.Object && value.Object.TryGet(context, "message", out var text) && !text.IsNullish
            ? Conversions.ToString(context, text)
            : Conversions.ToString(context, value);
        throw context.RuntimeError("Uncaught " + message, pos: Pos);
    }
}

/// <summary>A lone semicolon.</summary>
internal sealed class EmptyStmt(int pos) : Stmt(pos)
{
    public override bool Execute(Interpreter context, Scope? scope) => false;
}
