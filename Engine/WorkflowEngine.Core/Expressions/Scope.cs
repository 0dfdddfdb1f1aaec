namespace WorkflowEngine.Expressions;

/// <summary>The names declared in one block or function (parameters first), fixed at parse time and shared.</summary>
internal sealed class ScopeLayout(string[] names, bool[] isConstant)
{
    public string[] Names => names;

    public bool[] IsConstant => isConstant;
}

/// <summary>
/// A lexical scope at run time: one slot per declared name. A slot holds the ChainBreak marker until its
/// declaration runs (the temporal dead zone).
/// </summary>
internal sealed class Scope
{
    private readonly ScopeLayout _layout;
    private readonly JsValue[] _values;

    public Scope(Scope? parent, ScopeLayout layout, int initialized = 0)
    {
        Parent = parent;
        _layout = layout;
        _values = new JsValue[layout.Names.Length];
        for (var i = initialized; i < _values.Length; i++)
        {
            _values[i] = JsValue.ChainBreak;
        }
    }

    public Scope? Parent { get; }

    public JsValue[] Values => _values;

    public static bool TryLookup(Interpreter context, Scope? scope, string name, out JsValue value)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            var index = Array.IndexOf(scope._layout.Names, name);
            if (index >= 0)
            {
                value = scope._values[index];
                if (value.Type == JsType.ChainBreak)
                {
                    throw context.ReferenceError($"cannot access '{name}' before its declaration");
                }

                return true;
            }
        }

        value = JsValue.Undefined;
        return false;
    }

    /// <summary>Assigns an existing binding. Returns false when there is none; throws for constants.</summary>
    public static bool TryAssign(Interpreter context, Scope? scope, string name, JsValue value)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            var index = Array.IndexOf(scope._layout.Names, name);
            if (index >= 0)
            {
                if (scope._values[index].Type == JsType.ChainBreak)
                {
                    throw context.ReferenceError($"cannot access '{name}' before its declaration");
                }

                if (scope._layout.IsConstant[index])
                {
                    throw context.TypeError($"assignment to constant variable '{name}'");
                }

                scope._values[index] = value;
                return true;
            }
        }

        return false;
    }
}
