using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// A case as one person may see it: the case itself, only the materials routed to their department (the service
/// centre sees all), and which departments the case was routed to with their materials.
/// </summary>
public sealed record CaseFile(
    Case Case,
    bool SeenByServiceCentre,
    IReadOnlyList<CaseMaterial> VisibleMaterials,
    IReadOnlyList<(string Department, IReadOnlyList<string> Materials)> Routing);
