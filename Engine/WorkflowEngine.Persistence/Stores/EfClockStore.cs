using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Clocks in EF Core: a change updates the row under its revision and appends its journal lines, in one transaction.</summary>
internal sealed class EfClockStore(WorkflowDbContext db) : IClockStore
{
    public async Task<StoredClock?> FindAsync(string clockId, CancellationToken cancellationToken = default) =>
        await db.Clocks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clockId, cancellationToken) is { } record ? ClockMapping.ToClock(record) : null;

    public async Task<IReadOnlyList<StoredClock>> FindByOwnerAsync(string ownerType, string ownerId, CancellationToken cancellationToken = default) =>
        (await db.Clocks.AsNoTracking().Where(c => c.OwnerType == ownerType && c.OwnerId == ownerId).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(ClockMapping.ToClock).ToList();

    public async Task<StoredClock> SaveAsync(ClockChange change, CancellationToken cancellationToken = default)
    {
        var record = ClockMapping.ToRecord(change);
        var rows = new List<object>(change.Journal.Count + 1);
        if (change.ExpectedRevision is null) rows.Add(record);
        rows.AddRange(change.Journal.Select(RecordMapping.ToRecord));
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                if (change.ExpectedRevision is { } expected && await UpdateAsync(record, expected, ct) != 1)
                    throw new ClockConflictException(record.Id, expected);
                await db.InsertAsync(rows, ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException inner && DbErrors.IsUniqueViolation(inner))
        {
            throw new ClockConflictException(record.Id, change.ExpectedRevision, e);
        }
        return change.Clock;
    }

    // Only what a change can move: owner, calendar and thresholds are fixed at the start.
    Task<int> UpdateAsync(ClockRecord r, long expectedRevision, CancellationToken ct) =>
        db.Clocks.Where(c => c.Id == r.Id && c.Revision == expectedRevision).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Events, r.Events)
            .SetProperty(c => c.Level, r.Level)
            .SetProperty(c => c.IsPaused, r.IsPaused)
            .SetProperty(c => c.DueAt, r.DueAt)
            .SetProperty(c => c.CompletedAt, r.CompletedAt)
            .SetProperty(c => c.UpdatedAt, r.UpdatedAt)
            .SetProperty(c => c.Revision, r.Revision), ct);
}
