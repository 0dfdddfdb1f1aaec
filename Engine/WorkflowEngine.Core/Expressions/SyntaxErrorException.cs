namespace WorkflowEngine.Expressions;

/// <summary>Raised inside the lexer and parser; converted to a JavaScriptException or JavaScriptSyntaxError with a line and column.</summary>
internal sealed class SyntaxErrorException(string message, int pos, JavaScriptErrorKind kind = JavaScriptErrorKind.Syntax) : Exception(message)
{
    public int Pos { get; } = pos;

    public JavaScriptErrorKind Kind { get; } = kind;
}
