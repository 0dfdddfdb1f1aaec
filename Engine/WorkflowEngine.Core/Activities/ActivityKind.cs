namespace WorkflowEngine.Activities;

/// <summary>The kinds Elsa Studio distinguishes in its palette.</summary>
public enum ActivityKind { Action, Trigger, Job, Task }
