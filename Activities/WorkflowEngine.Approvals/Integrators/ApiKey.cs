namespace WorkflowEngine.Approvals.Integrators;

/// <summary>
/// An integrator's key to the HTTP API: stored as the SHA-256 of the key (the key itself is shown once, at creation),
/// scoped to departments and operations, revocable.
/// </summary>
public sealed class ApiKey
{
    public required string Id { get; set; }
    /// <summary>The integrator (an outside system) the key belongs to; idempotency keys and webhook subscriptions are kept per integrator.</summary>
    public required string IntegratorId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, so a person can tell keys apart without the secret.</summary>
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }
    /// <summary>Department codes the key may act for; <see cref="ApiScopes.AllDepartments"/> for every department.</summary>
    public List<string> Departments { get; set; } = [];
    /// <summary>Operations the key may perform (<see cref="ApiScopes"/>).</summary>
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    public bool Allows(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    public bool CoversDepartment(string departmentCode) =>
        Departments.Contains(ApiScopes.AllDepartments, StringComparer.Ordinal) || Departments.Contains(departmentCode, StringComparer.Ordinal);

    public bool CoversAllDepartments => Departments.Contains(ApiScopes.AllDepartments, StringComparer.Ordinal);
}
