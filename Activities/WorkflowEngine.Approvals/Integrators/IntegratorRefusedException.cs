namespace WorkflowEngine.Approvals.Integrators;

/// <summary>A change to keys or subscriptions that is not valid; <see cref="Code"/> is stable for API clients.</summary>
public sealed class IntegratorRefusedException(string code, string message, bool notFound = false) : Exception(message)
{
    public string Code { get; } = code;
    public bool NotFound { get; } = notFound;
}
