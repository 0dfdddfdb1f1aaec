namespace WorkflowEngine.Activities;

/// <summary>Non-generic view of an output.</summary>
public interface IOutput
{
    /// <summary>The workflow variable (id or name) the output is written to, if any.</summary>
    string? VariableReference { get; }
}

/// <summary>An activity output; when bound to a workflow variable, writing it sets the variable.</summary>
public sealed class Output<T> : IOutput
{
    public Output() { }
    public Output(string variableReference) => VariableReference = variableReference;
    public string? VariableReference { get; }
}
