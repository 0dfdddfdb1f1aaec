namespace WorkflowEngine.Activities;

/// <summary>Non-generic view of an input, used by the binder and the validator.</summary>
public interface IInput
{
    Type ValueType { get; }
    Expression? Expression { get; }
}

/// <summary>An activity input bound to an expression that is evaluated when the activity runs.</summary>
public sealed class Input<T> : IInput
{
    public Input() { }
    public Input(Expression expression) => Expression = expression;
    public Input(T literal) => Literal = literal;

    public Expression? Expression { get; }
    /// <summary>A value set in code, used when no expression is bound.</summary>
    public T? Literal { get; }
    public Type ValueType => typeof(T);
}
