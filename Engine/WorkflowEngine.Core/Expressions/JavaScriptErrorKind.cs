namespace WorkflowEngine.Expressions;

/// <summary>What kind of failure a <see cref="JavaScriptException"/> reports.</summary>
public enum JavaScriptErrorKind
{
    /// <summary>The script does not parse, or uses an unsupported construct.</summary>
    Syntax,

    /// <summary>TypeError, ReferenceError, RangeError, a thrown value, or a failing host function.</summary>
    Runtime,

    /// <summary>A <see cref="JavaScriptLimits"/> limit was exceeded.</summary>
    LimitExceeded,
}
