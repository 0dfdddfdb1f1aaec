using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Definition versions and published triggers in EF Core.</summary>
internal sealed class EfWorkflowDefinitionStore(WorkflowDbContext db) : IWorkflowDefinitionStore
{
    // Every start reads the published version's stamp (the compiled flowchart is cached by it): compiled once per model.
    static readonly ConditionalWeakTable<IModel, Func<WorkflowDbContext, string, CancellationToken, Task<Stamp?>>> PublishedByModel = new();

    static Func<WorkflowDbContext, string, CancellationToken, Task<Stamp?>> Published(WorkflowDbContext db) =>
        PublishedByModel.GetValue(db.Model, _ => EF.CompileAsyncQuery((WorkflowDbContext c, string definitionId, CancellationToken _) =>
            c.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.IsPublished)
                .Select(d => new Stamp(d.Id, d.UpdatedAt)).FirstOrDefault()));

    sealed record Stamp(string Id, DateTimeOffset UpdatedAt);

    public async Task<WorkflowDefinition?> FindVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        var record = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == versionId, cancellationToken);
        return record is null ? null : RecordMapping.ToDefinition(record);
    }

    public async Task<(string VersionId, DateTimeOffset UpdatedAt)?> FindPublishedStampAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var stamp = await Published(db)(db, definitionId, cancellationToken);
        return stamp is null ? null : (stamp.Id, stamp.UpdatedAt);
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        (await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToDefinition).ToList();

    public async Task<DefinitionPage> ListAsync(DefinitionQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.Definitions.AsNoTracking();
        q = query.Versions switch
        {
            VersionOptions.Latest => q.Where(d => d.IsLatest),
            VersionOptions.Published => q.Where(d => d.IsPublished),
            VersionOptions.LatestOrPublished => q.Where(d => d.IsLatest || d.IsPublished),
            _ => q,
        };
        if (query.DefinitionIds is { Count: > 0 } ids) q = q.Where(d => ids.Contains(d.DefinitionId));
        if (query.Name is not null) q = q.Where(d => d.Name == query.Name);
        if (!string.IsNullOrWhiteSpace(query.SearchTerm))
            q = q.Where(d => (d.Name != null && d.Name.Contains(query.SearchTerm)) || d.DefinitionId == query.SearchTerm);
        var total = await q.LongCountAsync(cancellationToken);
        var ordered = (query.OrderBy, query.Descending) switch
        {
            (DefinitionOrder.Version, false) => q.OrderBy(d => d.Version).ThenBy(d => d.DefinitionId),
            (DefinitionOrder.Version, true) => q.OrderByDescending(d => d.Version).ThenBy(d => d.DefinitionId),
            (DefinitionOrder.CreatedAt, false) => q.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id),
            (DefinitionOrder.CreatedAt, true) => q.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id),
            (_, false) => q.OrderBy(d => d.Name).ThenBy(d => d.DefinitionId).ThenByDescending(d => d.Version),
            (_, true) => q.OrderByDescending(d => d.Name).ThenBy(d => d.DefinitionId).ThenByDescending(d => d.Version),
        };
        var page = await ordered.Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new DefinitionPage(page.Select(RecordMapping.ToDefinition).ToList(), total);
    }

    public async Task SaveAsync(string definitionId, IReadOnlyCollection<WorkflowDefinition> versions, IReadOnlyCollection<StoredTrigger>? triggers, CancellationToken cancellationToken = default)
    {
        var ids = versions.Select(v => v.Id).ToList();
        var existing = await db.Definitions.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var record = RecordMapping.ToRecord(version);
            if (existing.Contains(version.Id)) db.Definitions.Update(record);
            else db.Definitions.Add(record);
        }
        if (triggers is not null)
        {
            db.Triggers.RemoveRange(await db.Triggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken));
            db.Triggers.AddRange(triggers.Select(RecordMapping.ToRecord));
        }
        try { await db.SaveChangesAsync(cancellationToken); }
        finally { db.ChangeTracker.Clear(); }
    }

    public async Task DeleteVersionsAsync(string definitionId, IReadOnlyCollection<string> versionIds, CancellationToken cancellationToken = default) =>
        await db.Definitions.Where(d => d.DefinitionId == definitionId && versionIds.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<StoredTrigger>> FindTriggersAsync(string activityType, string stimulusHash, CancellationToken cancellationToken = default) =>
        (await db.Triggers.AsNoTracking().Where(t => t.ActivityType == activityType && t.StimulusHash == stimulusHash).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToTrigger).ToList();
}
