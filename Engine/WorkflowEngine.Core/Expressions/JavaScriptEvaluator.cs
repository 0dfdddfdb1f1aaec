using System.Text.Json.Nodes;

namespace WorkflowEngine.Expressions;

/// <summary>
/// A sandboxed interpreter for a safe subset of JavaScript expressions. Thread-safe: share one instance. Parsed
/// programs are cached by source text; each evaluation has its own state and is bounded by <see cref="JavaScriptLimits"/>.
/// </summary>
public sealed class JavaScriptEvaluator
{
    private const int CacheCapacity = 2048;

    private readonly JavaScriptLimits _limits;
    private readonly ProgramCache _cache = new(CacheCapacity);
    private readonly Func<string, ParseResult> _parse;

    public JavaScriptEvaluator(JavaScriptLimits? limits = null)
    {
        _limits = limits ?? new JavaScriptLimits();
        _parse = ParseUncached;
    }

    /// <summary>Parses (cached), runs, and returns the script's value converted to JsonNode (undefined becomes null).</summary>
    /// <exception cref="JavaScriptException">Syntax errors, runtime errors (TypeError, ReferenceError, a thrown value) and exceeded limits.</exception>
    public JsonNode? Evaluate(string script, IJavaScriptGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var program = GetProgram(script);
        var interpreter = Interpreter.Rent(_limits, globals, program.Source);
        try
        {
            return JsonBridge.ToNode(interpreter, interpreter.Run(program));
        }
        finally
        {
            Interpreter.Release(interpreter);
        }
    }

    /// <summary>Evaluates and applies JavaScript truthiness.</summary>
    /// <exception cref="JavaScriptException">As for <see cref="Evaluate"/>.</exception>
    public bool EvaluateCondition(string script, IJavaScriptGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var program = GetProgram(script);
        var interpreter = Interpreter.Rent(_limits, globals, program.Source);
        try
        {
            return Conversions.ToBoolean(interpreter.Run(program));
        }
        finally
        {
            Interpreter.Release(interpreter);
        }
    }

    /// <summary>Null when the script parses; otherwise the syntax error. Never evaluates anything.</summary>
    public JavaScriptSyntaxError? CheckSyntax(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var result = Parse(script);
        return result.Program is not null ? null : new JavaScriptSyntaxError(result.ErrorMessage!, result.Line, result.Column);
    }

    private ProgramNode GetProgram(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var result = Parse(script);
        return result.Program ?? throw result.ToException();
    }

    private ParseResult Parse(string script)
    {
        if (script.Length > _limits.MaxScriptLength)
        {
            // Not cached: over-long sources would only crowd out useful entries.
            return new ParseResult(JavaScriptErrorKind.LimitExceeded, $"Limit exceeded: script longer than {_limits.MaxScriptLength} characters", 1, 1);
        }

        return _cache.GetOrAdd(script, _parse);
    }

    private ParseResult ParseUncached(string script)
    {
        try
        {
            return new ParseResult(Parser.Parse(script, _limits.MaxCallDepth));
        }
        catch (SyntaxErrorException ex)
        {
            var (line, column) = SourcePosition.Locate(script, ex.Pos);
            return new ParseResult(ex.Kind, ex.Message, line, column);
        }
    }
}
