namespace WorkflowEngine.Definitions;

/// <summary>A definition version bound and checked, shared by every instance pinned to it.</summary>
public sealed class CompiledWorkflow(WorkflowDefinition definition, Flowchart flowchart, IReadOnlyList<VariableDefinition> variables)
{
    readonly Dictionary<string, string> _variableNames = variables
        .SelectMany(v => new[] { (Key: v.Id, v.Name), (Key: v.Name, v.Name) })
        .DistinctBy(x => x.Key)
        .ToDictionary(x => x.Key, x => x.Name, StringComparer.Ordinal);

    public WorkflowDefinition Definition { get; } = definition;
    public Flowchart Flowchart { get; } = flowchart;
    public IReadOnlyList<VariableDefinition> Variables { get; } = variables;

    /// <summary>Resolves a variable reference (Elsa uses ids, people use names) to the name instances store it under.</summary>
    public string VariableName(string idOrName) => _variableNames.GetValueOrDefault(idOrName) ?? idOrName;
}
