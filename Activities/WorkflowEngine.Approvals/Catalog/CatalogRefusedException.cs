namespace WorkflowEngine.Approvals.Catalog;

/// <summary>Why a catalog change or read was refused; nothing was written. <see cref="Code"/> is stable for API clients.</summary>
public sealed class CatalogRefusedException(CatalogRefusal refusal, string code, string message, IReadOnlyList<CatalogProblem>? problems = null)
    : Exception(message)
{
    public CatalogRefusal Refusal { get; } = refusal;
    public string Code { get; } = code;
    public IReadOnlyList<CatalogProblem> Problems { get; } = problems ?? [];

    public static CatalogRefusedException Invalid(string kind, string code, IReadOnlyList<CatalogProblem> problems) =>
        new(CatalogRefusal.Invalid, "invalid-catalog-entry",
            $"The {kind} '{code}' was refused: " + string.Join(" ", problems.Select(p => p.Message)), problems);

    public static CatalogRefusedException NotFound(string kind, string code) =>
        new(CatalogRefusal.NotFound, $"{kind}-not-found", $"There is no {kind} with the code '{code}'.");

    public static CatalogRefusedException Exists(string kind, string code) =>
        new(CatalogRefusal.Conflict, $"{kind}-exists", $"A {kind} with the code '{code}' exists already; change it with PUT instead.");

    public static CatalogRefusedException InUse(string kind, string code, string usedBy) =>
        new(CatalogRefusal.Conflict, $"{kind}-in-use", $"The {kind} '{code}' is still used by {usedBy}; change or delete those first.");
}

/// <summary>The kind of refusal, which the API answers as 400, 404 or 409.</summary>
public enum CatalogRefusal { Invalid, NotFound, Conflict }
