namespace WorkflowEngine.Approvals.Integrators;

/// <summary>The operations an API key can be granted.</summary>
public static class ApiScopes
{
    public const string CasesRead = "cases:read";
    public const string CasesWrite = "cases:write";
    public const string Tasks = "tasks";
    public const string Workflows = "workflows";
    public const string Webhooks = "webhooks";

    /// <summary>The department entry that stands for every department.</summary>
    public const string AllDepartments = "*";

    public static readonly IReadOnlyList<string> All = [CasesRead, CasesWrite, Tasks, Workflows, Webhooks];
}
