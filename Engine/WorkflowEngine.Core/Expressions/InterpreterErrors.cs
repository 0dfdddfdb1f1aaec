namespace WorkflowEngine.Expressions;

/// <summary>Error construction with source positions.</summary>
internal sealed partial class Interpreter
{
    public JavaScriptException TypeError(string message, int pos = -1) =>
        Error(JavaScriptErrorKind.Runtime, "TypeError: " + message, pos);

    public JavaScriptException ReferenceError(string message, int pos = -1) =>
        Error(JavaScriptErrorKind.Runtime, "ReferenceError: " + message, pos);

    public JavaScriptException RangeError(string message, int pos = -1) =>
        Error(JavaScriptErrorKind.Runtime, "RangeError: " + message, pos);

    public JavaScriptException RuntimeError(string message, Exception? inner = null, int pos = -1) =>
        Error(JavaScriptErrorKind.Runtime, message, pos, inner);

    public JavaScriptException LimitExceeded(string message, int pos = -1) =>
        Error(JavaScriptErrorKind.LimitExceeded, "Limit exceeded: " + message, pos);

    private JavaScriptException Error(JavaScriptErrorKind kind, string message, int pos, Exception? inner = null)
    {
        var (line, column) = SourcePosition.Locate(_source, pos < 0 ? CurrentPos : pos);
        return new JavaScriptException(kind, message, line, column, inner);
    }
}
