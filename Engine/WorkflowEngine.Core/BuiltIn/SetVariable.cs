using System.Text.Json.Nodes;
using WorkflowEngine.Activities;

namespace WorkflowEngine.BuiltIn;

/// <summary>Sets a workflow variable to the value of an expression.</summary>
[Activity("Elsa", "Primitives", "Sets a workflow variable.", DisplayName = "设置变量 Set Variable")]
public sealed class SetVariable : CodeActivity
{
    /// <summary>Elsa writes the whole variable definition here; its id or name is what counts.</summary>
    [Input(UIHint = UIHints.VariablePicker, Required = true, Description = "The variable to set.")]
    public VariableReference? Variable { get; set; }

    [Input(Description = "The value.", DefaultSyntax = "JavaScript")]
    public Input<JsonNode?> Value { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var reference = Variable?.Id ?? Variable?.Name ?? throw new InvalidOperationException("no variable chosen");
        context.SetVariable(reference, context.Get(Value));
        return ValueTask.CompletedTask;
    }
}

/// <summary>A reference to a workflow variable as the designer writes it.</summary>
public sealed record VariableReference(string? Id, string? Name);
