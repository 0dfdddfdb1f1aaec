namespace WorkflowEngine.Definitions;

/// <summary>A flowchart edge from an out port of one activity to the in port of another.</summary>
public sealed record Connection(string Source, string SourcePort, string Target, string TargetPort);
