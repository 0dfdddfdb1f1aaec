namespace WorkflowEngine.Approvals.Catalog;

/// <summary>How a package's member matters are reviewed: one after another (串联) or at once (并联).</summary>
public enum ReviewMode { Serial, Parallel }

/// <summary>A member matter of a package and the members it waits for.</summary>
public sealed record PackageMember(string MatterCode, IReadOnlyList<string>? DependsOn = null);

/// <summary>Which departments receive a material of the package's one set (材料分发规则).</summary>
public sealed record MaterialRule(string MaterialCode, IReadOnlyList<string> DepartmentCodes);

/// <summary>
/// A "one thing" package (一件事套餐): several matters from several departments under one form and one set of
/// materials, reviewed serially or in parallel, each department receiving only the materials routed to it.
/// </summary>
public sealed class Package : ICatalogEntry
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public ReviewMode Mode { get; set; } = ReviewMode.Parallel;
    public List<PackageMember> Members { get; set; } = [];
    /// <summary>The one shared form as a JSON schema-like field list the intake screen renders.</summary>
    public string FormSchema { get; set; } = "{}";
    public List<MaterialRule> MaterialRules { get; set; } = [];
    /// <summary>The package's promised total, e.g. "1d" for opening a business; never longer than its statutory limit.</summary>
    public required string CommittedLimit { get; set; }
    /// <summary>
    /// The law's limit for the package as a whole, e.g. "45d" for joint handling (联合办理, Administrative Licensing Law
    /// art. 42); empty means the longest statutory limit among its member matters.
    /// </summary>
    public string? StatutoryLimit { get; set; }
    /// <summary>The workflow definition that runs cases of this package.</summary>
    public string? WorkflowDefinitionId { get; set; }
}
