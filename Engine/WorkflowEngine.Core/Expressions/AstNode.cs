namespace WorkflowEngine.Expressions;

/// <summary>An expression node. Nodes are immutable after parsing and shared by concurrent evaluations.</summary>
internal abstract class Expr(int pos, int depth)
{
    /// <summary>Source offset, for error positions.</summary>
    public int Pos { get; } = pos;

    /// <summary>Height of the subtree; the parser bounds it so evaluation cannot exhaust the stack.</summary>
    public int Depth { get; } = depth;

    /// <summary>Written inside parentheses (matters for mixing ?? with || and for assignment targets).</summary>
    public bool Parenthesized { get; set; }

    public abstract JsValue Evaluate(Interpreter context, Scope? scope);

    /// <summary>A short source-like description for error messages, e.g. "input.applicant.name".</summary>
    public virtual string Describe() => "expression";

    protected static int DepthOf(Expr a) => a.Depth + 1;

    protected static int DepthOf(Expr a, Expr b) => Math.Max(a.Depth, b.Depth) + 1;

    protected static int DepthOf(Expr a, Expr b, Expr c) => Math.Max(Math.Max(a.Depth, b.Depth), c.Depth) + 1;

    protected static int DepthOf(IEnumerable<Expr> items, int extra = 0) => Math.Max(items.Select(e => e.Depth).DefaultIfEmpty(0).Max(), extra) + 1;
}

/// <summary>A statement node. Execute returns true when a return statement completed.</summary>
internal abstract class Stmt(int pos)
{
    public int Pos { get; } = pos;

    public abstract bool Execute(Interpreter context, Scope? scope);
}
