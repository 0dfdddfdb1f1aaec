using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

/// <summary>
/// The state of one evaluation: limits and counters, the argument stack, the globals and the current position.
/// Instances are pooled per thread and never shared between concurrent evaluations.
/// </summary>
internal sealed partial class Interpreter
{
    private const int StepsBetweenClockChecks = 256;
    private const int MaxValueDepth = 1000;

    [ThreadStatic]
    private static Interpreter? t_cached;

    private readonly List<object> _valueStack = [];
    private JsValue[] _stack = new JsValue[32];
    private int _sp;
    private int _peak;
    private long _steps;
    private long _nextCheck;
    private long _work;
    private long _deadline;
    private int _maxSteps;
    private int _callDepth;
    private int _maxCallDepth;
    private TimeSpan _timeout;
    private string _source = string.Empty;
    private VariablesObject? _variables;
    private InputObject? _input;
    private Dictionary<string, JsValue>? _hostFunctions;

    public int MaxArrayLength { get; private set; }

    public int MaxStringLength { get; private set; }

    public IJavaScriptGlobals Globals { get; private set; } = null!;

    /// <summary>Source offset of the call being made, for errors raised by built-ins and limits.</summary>
    public int CurrentPos { get; set; }

    /// <summary>The value of the last expression statement (the script's value when no return is reached).</summary>
    public JsValue CompletionValue { get; set; }

    /// <summary>Set by a return statement, read by whoever runs the enclosing body.</summary>
    public JsValue ReturnValue { get; set; }

    public static Interpreter Rent(JavaScriptLimits limits, IJavaScriptGlobals globals, string source)
    {
        var interpreter = t_cached ?? new Interpreter();
        t_cached = null;
        interpreter.Reset(limits, globals, source);
        return interpreter;
    }

    public static void Release(Interpreter interpreter)
    {
        interpreter.Clear();
        t_cached = interpreter;
    }

    public JsValue Run(ProgramNode program)
    {
        if (program.SingleExpression is { } expression)
        {
            var value = expression.Evaluate(this, null);
            return value.Type == JsType.ChainBreak ? JsValue.Undefined : value;
        }

        var scope = program.Layout is { } layout ? new Scope(null, layout) : null;
        foreach (var statement in program.Body)
        {
            if (statement.Execute(this, scope))
            {
                return ReturnValue;
            }
        }

        return CompletionValue;
    }

    /// <summary>Marks a value as being converted (join, stringify); false when it already is (a cycle).</summary>
    public bool EnterValue(object value)
    {
        foreach (var entered in _valueStack)
        {
            if (ReferenceEquals(entered, value))
            {
                return false;
            }
        }

        if (_valueStack.Count >= MaxValueDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw LimitExceeded($"value nested deeper than {MaxValueDepth} levels");
        }

        _valueStack.Add(value);
        return true;
    }

    public void ExitValue() => _valueStack.RemoveAt(_valueStack.Count - 1);

    public JsValue InvokeArrow(ArrowFunction function, ReadOnlySpan<JsValue> args)
    {
        if (_callDepth >= _maxCallDepth)
        {
            throw LimitExceeded($"call depth above {_maxCallDepth}");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw LimitExceeded($"call depth above {_callDepth} (the stack is exhausted)");
        }

        _callDepth++;
        var node = function.Node;
        var savedPos = CurrentPos;
        var savedCompletion = CompletionValue;
        var scope = function.Closure;
        if (node.Layout is { } layout)
        {
            var count = node.Parameters.Length;
            scope = new Scope(scope, layout, initialized: count);
            var values = scope.Values;
            for (var i = 0; i < count && i < args.Length; i++)
            {
                values[i] = args[i];
            }
        }

        JsValue result;
        if (node.ExpressionBody is { } expression)
        {
            result = expression.Evaluate(this, scope);
            if (result.Type == JsType.ChainBreak)
            {
                result = JsValue.Undefined;
            }
        }
        else
        {
            result = node.BlockBody!.ExecuteStatements(this, scope) ? ReturnValue : JsValue.Undefined;
        }

        _callDepth--;
        CurrentPos = savedPos;
        CompletionValue = savedCompletion;
        return result;
    }

    private void Reset(JavaScriptLimits limits, IJavaScriptGlobals globals, string source)
    {
        _maxSteps = limits.MaxSteps;
        _maxCallDepth = limits.MaxCallDepth;
        _timeout = limits.Timeout;
        MaxArrayLength = limits.MaxArrayLength;
        MaxStringLength = limits.MaxStringLength;
        Globals = globals;
        _source = source;
        _steps = 0;
        _work = 0;
        _deadline = 0;
        _nextCheck = Math.Min(_maxSteps, StepsBetweenClockChecks);
        _callDepth = 0;
        _sp = 0;
        CurrentPos = 0;
        CompletionValue = JsValue.Undefined;
        ReturnValue = JsValue.Undefined;
    }

    private void Clear()
    {
        if (_stack.Length > 1024)
        {
            _stack = new JsValue[32]; // do not keep a large argument stack (from a big spread) alive per thread
        }
        else
        {
            Array.Clear(_stack, 0, Math.Min(_peak, _stack.Length));
        }

        _peak = 0;
        _valueStack.Clear();
        Globals = null!;
        _source = string.Empty;
        _variables = null;
        _input = null;
        _hostFunctions = null;
        CompletionValue = JsValue.Undefined;
        ReturnValue = JsValue.Undefined;
    }
}
