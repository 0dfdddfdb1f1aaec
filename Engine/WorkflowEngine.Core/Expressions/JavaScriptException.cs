namespace WorkflowEngine.Expressions;

/// <summary>Raised by <see cref="JavaScriptEvaluator"/> for syntax errors, runtime errors and exceeded limits.</summary>
public sealed class JavaScriptException : Exception
{
    internal JavaScriptException(JavaScriptErrorKind kind, string description, int? line, int? column, Exception? inner = null)
        : base(Compose(description, line, column), inner)
    {
        Kind = kind;
        Description = description;
        Line = line;
        Column = column;
    }

    /// <summary>Syntax, runtime or limit.</summary>
    public JavaScriptErrorKind Kind { get; }

    /// <summary>1-based line of the failing construct, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the failing construct, when known.</summary>
    public int? Column { get; }

    /// <summary>The message without the location suffix.</summary>
    internal string Description { get; }

    private static string Compose(string description, int? line, int? column) =>
        line is null ? description : $"{description} (line {line}, column {column})";
}
