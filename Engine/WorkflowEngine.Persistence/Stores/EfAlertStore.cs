using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Alerts in EF Core; a move is a compare-and-set on the alert's state, written with its journal line and outbox message.</summary>
internal sealed class EfAlertStore(WorkflowDbContext db) : IAlertStore
{
    public async Task<Alert?> FindAsync(string alertId, CancellationToken cancellationToken = default) =>
        await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken) is { } record ? ClockMapping.ToAlert(record) : null;

    public async Task<AlertPage> ListAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.Alerts.AsNoTracking();
        if (query.State is { } state) q = q.Where(a => a.State == state.ToString());
        if (query.Level is { } level) q = q.Where(a => a.Level == level.ToString());
        if (query.OwnerType is not null) q = q.Where(a => a.OwnerType == query.OwnerType);
        if (query.OwnerId is not null) q = q.Where(a => a.OwnerId == query.OwnerId);
        if (query.ClockId is not null) q = q.Where(a => a.ClockId == query.ClockId);
        if (query.From is { } from)
        {
            var utc = from.ToUniversalTime();
            q = q.Where(a => a.RaisedAt >= utc);
        }
        if (query.To is { } to)
        {
            var utc = to.ToUniversalTime();
            q = q.Where(a => a.RaisedAt < utc);
        }
        var total = await q.LongCountAsync(cancellationToken);
        var page = await q.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new AlertPage(page.Select(ClockMapping.ToAlert).ToList(), total);
    }

    public Task<bool> TransitionAsync(Alert moved, AlertState from, JournalEntry journal, OutboxMessage message, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async ct =>
        {
            var record = ClockMapping.ToRecord(moved);
            var updated = await db.Alerts.Where(a => a.Id == moved.Id && a.State == from.ToString()).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, record.State)
                .SetProperty(a => a.UpdatedAt, record.UpdatedAt)
                .SetProperty(a => a.Note, record.Note), ct);
            if (updated != 1) return false;
            await db.InsertAsync([RecordMapping.ToRecord(journal), RecordMapping.ToRecord(message)], ct);
            return true;
        }, cancellationToken);
}
