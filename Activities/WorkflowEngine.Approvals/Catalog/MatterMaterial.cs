namespace WorkflowEngine.Approvals.Catalog;

/// <summary>A material (材料) a matter needs; deferrable ones may be accepted later under a signed commitment (容缺).</summary>
public sealed record MatterMaterial(string Code, string Name, bool Required = true, bool Deferrable = false)
{
    /// <summary>The form the material is handed in (原件, 复印件, 电子版 …), which the deferred-materials notice states; empty: 原件.</summary>
    public string? Form { get; init; }
}
