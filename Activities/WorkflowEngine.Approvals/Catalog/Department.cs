namespace WorkflowEngine.Approvals.Catalog;

/// <summary>A department (部门) that decides matters, or the service centre (政务服务中心) that runs the windows.</summary>
public sealed class Department : ICatalogEntry
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool IsServiceCentre { get; set; }
}
