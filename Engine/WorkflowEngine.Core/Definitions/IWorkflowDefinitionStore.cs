namespace WorkflowEngine.Definitions;

/// <summary>Durable storage of definition versions and of the triggers their published versions register.</summary>
public interface IWorkflowDefinitionStore
{
    Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default);
    /// <summary>The id and last change of the published version, without its model: enough to use a compiled copy.</summary>
    Task<(string VersionId, DateTimeOffset UpdatedAt)?> FindPublishedStampAsync(string definitionId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);
    Task<DefinitionPage> ListAsync(DefinitionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Writes changed and new versions and replaces the definition's triggers, in one transaction.</summary>
    Task SaveAsync(string definitionId, IReadOnlyCollection<WorkflowDefinition> versions, IReadOnlyCollection<StoredTrigger>? triggers, CancellationToken cancellationToken = default);
    Task DeleteVersionsAsync(string definitionId, IReadOnlyCollection<string> versionIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredTrigger>> FindTriggersAsync(string activityType, string stimulusHash, CancellationToken cancellationToken = default);
}

/// <summary>Which versions a list shows.</summary>
public enum VersionOptions { Latest, Published, LatestOrPublished, AllVersions }

/// <summary>Filters and paging for the definition list.</summary>
public sealed record DefinitionQuery(VersionOptions Versions = VersionOptions.Latest, IReadOnlyCollection<string>? DefinitionIds = null,
    string? SearchTerm = null, string? Name = null, int Page = 0, int PageSize = 50)
{
    /// <summary>The sort key; by name (then definition, newest version first) unless asked otherwise.</summary>
    public DefinitionOrder OrderBy { get; init; } = DefinitionOrder.Name;
    public bool Descending { get; init; }
}

/// <summary>What a definition list is sorted by.</summary>
public enum DefinitionOrder { Name, Version, CreatedAt }

/// <summary>A page of definition versions and the total count matching the filter.</summary>
public sealed record DefinitionPage(IReadOnlyList<WorkflowDefinition> Items, long TotalCount);

/// <summary>A published trigger node: when its stimulus occurs, a new instance of that version starts there.</summary>
public sealed record StoredTrigger(string Id, string DefinitionId, string DefinitionVersionId, string ActivityType, string StimulusHash, string NodeId);
