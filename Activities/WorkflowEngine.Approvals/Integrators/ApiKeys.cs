using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>Creates, finds and revokes integrators' API keys. Only the key's hash is stored; the key is returned once.</summary>
public sealed class ApiKeys(ApprovalsDbContext db, TimeProvider time)
{
    const string KeyPrefix = "wfe_";

    /// <summary>A new key and the one time its secret is known.</summary>
    public sealed record Created(ApiKey Key, string Secret);

    public async Task<Created> CreateAsync(string integratorId, string name, IReadOnlyList<string> departments, IReadOnlyList<string> scopes,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(integratorId) || integratorId.Length > 64)
            throw new IntegratorRefusedException("invalid-api-key", "name the integrator (at most 64 characters)");
        if (departments.Count == 0)
            throw new IntegratorRefusedException("invalid-api-key", $"name the departments the key acts for, or \"{ApiScopes.AllDepartments}\" for all");
        var unknownScopes = scopes.Except(ApiScopes.All).ToList();
        if (scopes.Count == 0 || unknownScopes.Count > 0)
            throw new IntegratorRefusedException("invalid-api-key", $"scopes must be some of {string.Join(", ", ApiScopes.All)}"
                + (unknownScopes.Count > 0 ? $"; unknown: {string.Join(", ", unknownScopes)}" : ""));
        var named = departments.Where(d => d != ApiScopes.AllDepartments).ToList();
        var known = await db.Departments.AsNoTracking().Where(d => named.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        if (named.Except(known).ToList() is { Count: > 0 } unknown)
            throw new IntegratorRefusedException("invalid-api-key", $"unknown department: {string.Join(", ", unknown)}");

        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7().ToString("N"), IntegratorId = integratorId.Trim(), Name = string.IsNullOrWhiteSpace(name) ? integratorId : name.Trim(),
            Prefix = secret[..12], Hash = HashOf(secret), Departments = departments.Distinct().ToList(), Scopes = scopes.Distinct().ToList(),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Created(key, secret);
    }

    /// <summary>The key whose secret this is, revoked or not; null when there is none.</summary>
    public async Task<ApiKey?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        return await ApprovalsQueries.For(db).KeyByHash(db, HashOf(secret), cancellationToken);
    }

    public async Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.IntegratorId).ThenBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Revokes a key at once; revoking it again changes nothing.</summary>
    public async Task<ApiKey> RevokeAsync(string id, string revokedBy, CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new IntegratorRefusedException("api-key-not-found", $"there is no API key {id}", notFound: true);
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            key.RevokedBy = revokedBy;
            await db.SaveChangesAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        return key;
    }

    /// <summary>SHA-256 is enough for a key of 256 random bits: nothing to guess, so no slow hash is needed.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
