namespace WorkflowEngine.Approvals.Catalog;

/// <summary>An entry of the published assistance list (协助事项清单): who asks whom for what, within what limit.</summary>
public sealed class AssistanceItem : ICatalogEntry
{
    public required string Code { get; set; }
    public required string RequestingDepartmentCode { get; set; }
    public required string AssistingDepartmentCode { get; set; }
    public required string Content { get; set; }
    /// <summary>A working duration, e.g. "3d" or "2h".</summary>
    public required string TimeLimit { get; set; }
}
