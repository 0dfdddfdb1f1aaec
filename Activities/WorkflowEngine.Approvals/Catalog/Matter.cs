namespace WorkflowEngine.Approvals.Catalog;

/// <summary>
/// An approval or service item (事项) of the catalog: who decides it, its statutory (法定) and committed (承诺) limits
/// in working days, and the materials it needs.
/// </summary>
public sealed class Matter : ICatalogEntry
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string DepartmentCode { get; set; }
    /// <summary>A working duration, e.g. "20d"; see <see cref="Calendar.WorkingDuration"/>.</summary>
    public required string StatutoryLimit { get; set; }
    /// <summary>The limit promised to applicants, at most the statutory one, e.g. "5d" or "0.5d"; "0d" for instant matters.</summary>
    public required string CommittedLimit { get; set; }
    public CaseType CaseType { get; set; } = CaseType.Commitment;
    public bool IsInstant => CaseType == CaseType.Instant;
    public List<MatterMaterial> Materials { get; set; } = [];
    /// <summary>A JavaScript condition over the submitted form that approves with no human (秒批); empty when none.</summary>
    public string? InstantApprovalRule { get; set; }
    /// <summary>The licence (许可证、执照、证明) an approval of this matter issues, e.g. 营业执照; empty when it issues none.</summary>
    public string? LicenceName { get; set; }
    /// <summary>Whether the matter's clock stops while an assisting department works (行政协助 pauses the limit).</summary>
    public bool PausesForAssistance { get; set; } = true;
}
