using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

/// <summary>The argument stack, calls from built-ins into script functions, and global name resolution.</summary>
internal sealed partial class Interpreter
{
    public int StackPointer => _sp;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in JsValue value)
    {
        if (_sp == _stack.Length)
        {
            // Spans handed out earlier keep pointing at the old array, whose contents stay valid.
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_sp++] = value;
        if (_sp > _peak)
        {
            _peak = _sp;
        }
    }

    public ReadOnlySpan<JsValue> ArgumentsFrom(int start) => new(_stack, start, _sp - start);

    public void PopTo(int start) => _sp = start;

    public JsFunction RequireFunction(in JsValue value, string what)
    {
        if (value.Type != JsType.Function)
        {
            throw TypeError($"{what} is not a function");
        }

        return value.Function;
    }

    /// <summary>Calls a callback as (element, index, array).</summary>
    public JsValue CallCallback(JsFunction function, in JsValue element, int index, in JsValue array)
    {
        var start = _sp;
        Push(element);
        Push(JsValue.FromNumber(index));
        Push(array);
        var result = function.Invoke(this, JsValue.Undefined, ArgumentsFrom(start));
        _sp = start;
        return result;
    }

    public JsValue Call(JsFunction function, in JsValue a, in JsValue b)
    {
        var start = _sp;
        Push(a);
        Push(b);
        var result = function.Invoke(this, JsValue.Undefined, ArgumentsFrom(start));
        _sp = start;
        return result;
    }

    public JsValue CallWith(JsFunction function, ReadOnlySpan<JsValue> values)
    {
        var start = _sp;
        foreach (var value in values)
        {
            Push(value);
        }

        var result = function.Invoke(this, JsValue.Undefined, ArgumentsFrom(start));
        _sp = start;
        return result;
    }

    /// <summary>Resolves a name that is not a local: per-evaluation globals, built-ins, then host functions.</summary>
    public JsValue LookupGlobal(string name, int pos)
    {
        if (TryLookupGlobal(name, out var value))
        {
            return value;
        }

        throw ReferenceError($"'{name}' is not defined", pos);
    }

    public bool TryLookupGlobal(string name, out JsValue value)
    {
        switch (name)
        {
            case "variables":
                value = JsValue.FromObject(_variables ??= new VariablesObject(Globals));
                return true;
            case "input":
                value = JsValue.FromObject(_input ??= new InputObject(Globals));
                return true;
        }

        if (GlobalBuiltins.TryGet(name, out value))
        {
            return true;
        }

        if (_hostFunctions is not null && _hostFunctions.TryGetValue(name, out value))
        {
            return true;
        }

        if (Globals.Functions.TryGetValue(name, out var host))
        {
            value = JsValue.FromFunction(new HostFunction(name, host));
            (_hostFunctions ??= new Dictionary<string, JsValue>(StringComparer.Ordinal))[name] = value;
            return true;
        }

        value = JsValue.Undefined;
        return false;
    }
}
