using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>A case taken in through the API, and whether it is the answer to an earlier request with the same key.</summary>
public sealed record IntakeResult(Case Case, bool Replayed);

/// <summary>
/// Case intake for integrators with an Idempotency-Key: the key's record is written in the case's own transaction, so a
/// retried request finds the case it created instead of creating another; the same key with another body is refused.
/// </summary>
public sealed class IdempotentIntake(ApprovalsDbContext db, CaseService cases, TimeProvider time)
{
    public const int MaxKeyLength = 128;

    public async Task<IntakeResult> CreateAsync(string integratorId, string? key, string requestHash, NewCase application, CancellationToken cancellationToken = default)
    {
        if (key is null) return new IntakeResult(await cases.CreateAsync(application, cancellationToken), Replayed: false);
        if (key.Length is 0 or > MaxKeyLength)
            throw new IntegratorRefusedException("invalid-idempotency-key", $"an Idempotency-Key has 1 to {MaxKeyLength} characters");
        if (await ReplayAsync(integratorId, key, requestHash, cancellationToken) is { } earlier) return earlier;
        try
        {
            var created = await cases.CreateAsync(application, (@case, changes) => changes.Add(new IdempotencyRecord
            {
                IntegratorId = integratorId, Key = key, RequestHash = requestHash, CaseNumber = @case.Number, CreatedAt = time.GetUtcNow(),
            }), cancellationToken);
            return new IntakeResult(created, Replayed: false);
        }
        catch (Exception e) when (e is DbUpdateException or ConcurrencyConflictException)
        {
            // The same key sent twice at once: the other request's case committed first and ours rolled back whole.
            if (await ReplayAsync(integratorId, key, requestHash, cancellationToken) is { } first) return first;
            throw;
        }
    }

    async Task<IntakeResult?> ReplayAsync(string integratorId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.IntegratorId == integratorId && r.Key == key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != requestHash)
            throw new IntegratorRefusedException("idempotency-key-reused",
                $"the Idempotency-Key '{key}' was used for another request (case {record.CaseNumber}); use a new key for a new application");
        var @case = await cases.FindAsync(record.CaseNumber, cancellationToken)
            ?? throw new InvalidOperationException($"idempotency record {key} points at missing case {record.CaseNumber}");
        return new IntakeResult(@case, Replayed: true);
    }
}
