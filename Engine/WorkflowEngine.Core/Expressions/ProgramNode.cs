namespace WorkflowEngine.Expressions;

/// <summary>A parsed script. Immutable and shared by all evaluations of the same source text.</summary>
internal sealed class ProgramNode(string source, Stmt[] body, ScopeLayout? layout)
{
    public string Source => source;

    public Stmt[] Body => body;

    /// <summary>Top-level declarations (null: no scope is allocated).</summary>
    public ScopeLayout? Layout => layout;

    /// <summary>Set when the script is a single expression statement: evaluated directly, the common fast path.</summary>
    public Expr? SingleExpression { get; } = body is [ExpressionStmt only] ? only.Expression : null;
}
