namespace WorkflowEngine.Approvals.Cases;

/// <summary>An application or a case action refused; <see cref="Code"/> is stable for API clients, <see cref="Problems"/> says what exactly.</summary>
public sealed class CaseRefusedException(string code, string message, IReadOnlyList<string>? problems = null) : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
