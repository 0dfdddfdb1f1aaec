namespace WorkflowEngine.Approvals.Catalog;

/// <summary>An entry of the catalog, known by a code that never changes once created.</summary>
public interface ICatalogEntry
{
    string Code { get; }
}
