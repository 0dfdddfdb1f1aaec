using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Instances, bookmarks, journal and outbox in EF Core; a burst is one SaveChanges, so one transaction.</summary>
internal sealed class EfWorkflowInstanceStore(WorkflowDbContext db) : IWorkflowInstanceStore
{
    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var record = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return record is null ? null : RecordMapping.ToInstance(record);
    }

    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        var record = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return record is null ? null : RecordMapping.ToBookmark(record);
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string activityType, string stimulusHash, CancellationToken cancellationToken = default) =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.ActivityType == activityType && b.StimulusHash == stimulusHash)
            .OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken)).Select(RecordMapping.ToBookmark).ToList();

    public async Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToBookmark).ToList();

    public async Task CommitAsync(Burst burst, CancellationToken cancellationToken = default)
    {
        var instance = burst.Instance;
        var record = RecordMapping.ToRecord(instance);
        record.Revision = instance.Revision + 1;
        if (burst.IsNew)
            db.Instances.Add(record);
        else
        {
            // Update in place with the revision read as the concurrency check: no read of the row is needed.
            var entry = db.Instances.Attach(record);
            entry.State = EntityState.Modified;
            entry.Property(r => r.Revision).OriginalValue = instance.Revision;
        }
        foreach (var id in burst.BurnedBookmarkIds)
            db.Bookmarks.Remove(new BookmarkRecord { Id = id, InstanceId = "", ActivityType = "", StimulusHash = "", NodeId = "", TokenId = "" });
        db.Bookmarks.AddRange(burst.CreatedBookmarks.Select(RecordMapping.ToRecord));
        db.Journal.AddRange(burst.Journal.Select(RecordMapping.ToRecord));
        db.Outbox.AddRange(burst.Outbox.Select(RecordMapping.ToRecord));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException(instance.Id, e);
        }
        catch (DbUpdateException e) when (burst.IsNew is false && IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException(instance.Id, e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        instance.Revision = record.Revision;
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, int skip = 0, int take = 500, CancellationToken cancellationToken = default) =>
        (await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).Skip(skip).Take(take).ToListAsync(cancellationToken))
            .Select(RecordMapping.ToEntry).ToList();

    public async Task<InstancePage> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.Instances.AsNoTracking();
        if (query.DefinitionId is not null) q = q.Where(i => i.DefinitionId == query.DefinitionId);
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

    static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.GetType().Name == "PostgresException" && e.InnerException.Message.StartsWith("23505", StringComparison.Ordinal);
}
