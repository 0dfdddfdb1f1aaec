namespace WorkflowEngine.Activities;

/// <summary>
/// An activity that waits for a stimulus and, placed at the start of a published flowchart,
/// starts a new instance when that stimulus occurs.
/// </summary>
public abstract class Trigger : Activity
{
    /// <summary>The stimulus this node waits for (e.g. an event name), evaluated without an instance.</summary>
    public abstract string? GetTriggerStimulus(TriggerContext context);
}

/// <summary>What a trigger may use to compute its stimulus when a definition is published.</summary>
public sealed class TriggerContext(Func<IInput, object?> evaluateLiteral)
{
    /// <summary>Reads an input that must be a literal (triggers are indexed before any instance exists).</summary>
    public T? GetLiteral<T>(Input<T> input) => (T?)evaluateLiteral(input);
}
