namespace WorkflowEngine.Approvals.Catalog;

/// <summary>
/// Which department receives which materials of a case (材料分发): the package's distribution rules where it has
/// them, otherwise each matter's responsible department receives that matter's materials. Each department sees only
/// its own.
/// </summary>
public static class MaterialRouting
{
    /// <summary>Departments in the order of the package's members (the review order when serial), each with its materials.</summary>
    public static IReadOnlyList<(string Department, IReadOnlyList<string> Materials)> For(Package? package, IReadOnlyList<Matter> matters)
    {
        var departments = matters.Select(m => m.DepartmentCode).Distinct().ToList();
        return departments.Select(department =>
        {
            var own = matters.Where(m => m.DepartmentCode == department).SelectMany(m => m.Materials.Select(x => x.Code));
            var routed = package?.MaterialRules.Where(r => r.DepartmentCodes.Contains(department)).Select(r => r.MaterialCode) ?? [];
            var materials = package is { MaterialRules.Count: > 0 } ? routed.Union(own) : own;
            return (department, (IReadOnlyList<string>)materials.Distinct().ToList());
        }).ToList();
    }
}
