using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Instances, bookmarks, journal and outbox in EF Core; a burst is one SaveChanges, so one transaction.</summary>
internal sealed class EfWorkflowInstanceStore(WorkflowDbContext db) : IWorkflowInstanceStore
{
    // The reads of every resume, compiled once per model (each provider has its own): they run thousands of times a second.
    sealed class Queries
    {
        public readonly Func<WorkflowDbContext, string, CancellationToken, Task<InstanceRecord?>> InstanceById =
            EF.CompileAsyncQuery((WorkflowDbContext c, string id, CancellationToken _) => c.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

        public readonly Func<WorkflowDbContext, string, CancellationToken, Task<BookmarkRecord?>> BookmarkById =
            EF.CompileAsyncQuery((WorkflowDbContext c, string id, CancellationToken _) => c.Bookmarks.AsNoTracking().FirstOrDefault(b => b.Id == id));

        public readonly Func<WorkflowDbContext, string, string, IAsyncEnumerable<BookmarkRecord>> BookmarksByStimulus =
            EF.CompileAsyncQuery<WorkflowDbContext, string, string, BookmarkRecord>((c, type, hash) =>
                c.Bookmarks.AsNoTracking().Where(b => b.ActivityType == type && b.StimulusHash == hash).OrderBy(b => b.CreatedAt));
    }

    static readonly ConditionalWeakTable<IModel, Queries> CompiledByModel = new();

    Queries Compiled => CompiledByModel.GetValue(db.Model, _ => new Queries());

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var record = await Compiled.InstanceById(db, instanceId, cancellationToken);
        return record is null ? null : RecordMapping.ToInstance(record);
    }

    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        var record = await Compiled.BookmarkById(db, bookmarkId, cancellationToken);
        return record is null ? null : RecordMapping.ToBookmark(record);
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string activityType, string stimulusHash, CancellationToken cancellationToken = default)
    {
        var found = new List<Bookmark>(1);
        await foreach (var record in Compiled.BookmarksByStimulus(db, activityType, stimulusHash).WithCancellation(cancellationToken))
            found.Add(RecordMapping.ToBookmark(record));
        return found;
    }

    public async Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToBookmark).ToList();

    public async Task<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default) =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.DueAt != null && b.DueAt <= now).OrderBy(b => b.DueAt).Take(take).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToBookmark).ToList();

    public async Task CommitAsync(Burst burst, CancellationToken cancellationToken = default)
    {
        var instance = burst.Instance;
        var record = RecordMapping.ToRecord(instance);
        record.Revision = instance.Revision + 1;
        bool written;
        try
        {
            written = await new BurstWriter(db).WriteAsync(record, burst.IsNew ? null : instance.Revision, burst.BurnedBookmarkIds,
                burst.CreatedBookmarks.Select(RecordMapping.ToRecord), burst.Journal.Select(RecordMapping.ToRecord),
                burst.Outbox.Select(RecordMapping.ToRecord), burst.Participants, cancellationToken);
        }
        // Two writers creating the same row (a bookmark id, a new instance id) count as a conflict, never as a duplicate.
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException(instance.Id, e);
        }
        if (!written) throw new ConcurrencyConflictException(instance.Id);
        instance.Revision = record.Revision;
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, int skip = 0, int take = 500, CancellationToken cancellationToken = default) =>
        (await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).Skip(skip).Take(take).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToEntry).ToList();

    public Task<long> CountJournalAsync(string instanceId, CancellationToken cancellationToken = default) =>
        db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).LongCountAsync(cancellationToken);

    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.Instances.AsNoTracking();
        if (query.DefinitionId is not null) q = q.Where(i => i.DefinitionId == query.DefinitionId);
        if (query.DefinitionIds is { Count: > 0 } definitionIds) q = q.Where(i => definitionIds.Contains(i.DefinitionId));
        if (query.CorrelationId is not null) q = q.Where(i => i.CorrelationId == query.CorrelationId);
        if (query.Status is { } status) q = q.Where(i => i.Status == status.ToString());
        if (query.SubStatus is { } subStatus) q = q.Where(i => i.SubStatus == subStatus.ToString());
        if (!string.IsNullOrWhiteSpace(query.SearchTerm))
            q = q.Where(i => i.Id == query.SearchTerm || i.CorrelationId == query.SearchTerm || (i.Name != null && i.Name.Contains(query.SearchTerm)));
        var total = await q.LongCountAsync(cancellationToken);
        q = query.NewestFirst ? q.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id) : q.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id);
        var page = await q.Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new InstancePage(page.Select(RecordMapping.ToSummary).ToList(), total);
    }

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Bookmarks.Where(b => instanceIds.Contains(b.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Journal.Where(j => instanceIds.Contains(j.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Instances.Where(i => instanceIds.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
