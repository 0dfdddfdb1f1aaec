namespace WorkflowEngine.Expressions;

/// <summary>The <c>variables</c> global: reads call GetVariable, writes call SetVariable.</summary>
internal sealed class VariablesObject(IJavaScriptGlobals globals) : JsObject
{
    public override string Describe => "variables";

    public override bool TryGet(Interpreter context, string key, out JsValue value)
    {
        value = JsonBridge.FromNode(context, globals.GetVariable(key), enforceLimits: false);
        return true;
    }

    public override void Set(Interpreter context, string key, JsValue value) =>
        globals.SetVariable(key, JsonBridge.ToNode(context, value));

    public override List<string> OwnKeys(Interpreter context) => globals.VariableNames.ToList();
}

/// <summary>The <c>input</c> global: a read-only view over GetInput/InputNames.</summary>
internal sealed class InputObject(IJavaScriptGlobals globals) : JsObject
{
    public override string Describe => "input";

    public override bool TryGet(Interpreter context, string key, out JsValue value)
    {
        value = JsonBridge.FromNode(context, globals.GetInput(key), enforceLimits: false);
        return true;
    }

    public override void Set(Interpreter context, string key, JsValue value) =>
        throw context.TypeError($"cannot assign to 'input.{key}': input is read-only");

    public override List<string> OwnKeys(Interpreter context) => globals.InputNames.ToList();
}
