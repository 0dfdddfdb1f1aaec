namespace WorkflowEngine.Expressions;

/// <summary>Limits for one evaluation.</summary>
public sealed record JavaScriptLimits
{
    /// <summary>Evaluation steps (node visits, plus a charge for bulk work such as copying arrays); guards time.</summary>
    public int MaxSteps { get; init; } = 100_000;

    /// <summary>Wall-clock limit, checked every few hundred steps.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Nested calls of arrow functions, and parser nesting depth.</summary>
    public int MaxCallDepth { get; init; } = 64;

    /// <summary>Length of any string created by a script.</summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>Element count of any array, and property count of any object, created by a script.</summary>
    public int MaxArrayLength { get; init; } = 100_000;

    /// <summary>Maximum source length in characters.</summary>
    public int MaxScriptLength { get; init; } = 65_536;
}
