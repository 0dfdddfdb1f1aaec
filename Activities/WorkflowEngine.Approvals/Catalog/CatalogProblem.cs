namespace WorkflowEngine.Approvals.Catalog;

/// <summary>One thing wrong with a catalog entry: a stable code (<c>unknown-matter</c>…), the field it concerns and a sentence saying what to fix.</summary>
public sealed record CatalogProblem(string Code, string Field, string Message);
