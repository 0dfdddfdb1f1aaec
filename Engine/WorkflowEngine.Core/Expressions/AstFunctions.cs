namespace WorkflowEngine.Expressions;

/// <summary>
/// An arrow function: (a, b) =&gt; expression, or (a) =&gt; { statements }. Layout is null when it
/// needs no scope of its own (no parameters and no declarations in its body).
/// </summary>
internal sealed class ArrowExpr(int pos, string[] parameters, Expr? expressionBody, BlockStmt? blockBody, ScopeLayout? layout, string sourceText)
    : Expr(pos, expressionBody is null ? 1 : DepthOf(expressionBody))
{
    public string[] Parameters => parameters;

    public Expr? ExpressionBody => expressionBody;

    public BlockStmt? BlockBody => blockBody;

    public ScopeLayout? Layout => layout;

    public string SourceText => sourceText;

    public override JsValue Evaluate(Interpreter context, Scope? scope)
    {
        context.Tick();
        return JsValue.FromFunction(new ArrowFunction(this, scope));
    }

    public override string Describe() => "(arrow function)";
}
