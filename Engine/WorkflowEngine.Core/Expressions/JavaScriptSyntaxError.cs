namespace WorkflowEngine.Expressions;

/// <summary>A syntax error found by <see cref="JavaScriptEvaluator.CheckSyntax"/>; line and column are 1-based.</summary>
public sealed record JavaScriptSyntaxError(string Message, int Line, int Column);
