namespace WorkflowEngine.Approvals.Staff;

/// <summary>A request about accounts that was refused, with a stable code and the problems found.</summary>
public sealed class StaffRefusedException(string code, string message, IReadOnlyList<string>? problems = null) : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
