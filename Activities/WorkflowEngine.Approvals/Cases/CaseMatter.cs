namespace WorkflowEngine.Approvals.Cases;

/// <summary>One matter of a case and the department that decides it: lets cases be listed, and keys scoped, by matter and department.</summary>
public sealed class CaseMatter
{
    public required string CaseNumber { get; set; }
    public required string MatterCode { get; set; }
    public required string DepartmentCode { get; set; }
}
