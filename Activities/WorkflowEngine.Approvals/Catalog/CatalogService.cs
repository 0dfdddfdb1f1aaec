using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Catalog;

/// <summary>
/// Reads and maintains the catalog: departments, matters, the assistance list and packages. Every change is
/// validated against the rest of the catalog first; a refused change writes nothing.
/// </summary>
public sealed class CatalogService(ApprovalsDbContext db, CatalogValidator validator)
{
    public const string DepartmentKind = "department";
    public const string MatterKind = "matter";
    public const string AssistanceItemKind = "assistance-item";
    public const string PackageKind = "package";

    public Task<List<Department>> ListDepartmentsAsync(CancellationToken cancellationToken = default) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);

    /// <summary>The matters, or those of one department.</summary>
    public Task<List<Matter>> ListMattersAsync(string? departmentCode = null, CancellationToken cancellationToken = default) =>
        db.Matters.AsNoTracking().Where(m => departmentCode == null || m.DepartmentCode == departmentCode).OrderBy(m => m.Code).ToListAsync(cancellationToken);

    /// <summary>The assistance list, or the items a department may ask for.</summary>
    public Task<List<AssistanceItem>> ListAssistanceItemsAsync(string? requestingDepartmentCode = null, CancellationToken cancellationToken = default) =>
        db.AssistanceItems.AsNoTracking().Where(a => requestingDepartmentCode == null || a.RequestingDepartmentCode == requestingDepartmentCode)
            .OrderBy(a => a.Code).ToListAsync(cancellationToken);

    public Task<List<Package>> ListPackagesAsync(CancellationToken cancellationToken = default) =>
        db.Packages.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);

    public Task<Department> GetDepartmentAsync(string code, CancellationToken cancellationToken = default) => GetAsync<Department>(DepartmentKind, code, cancellationToken);

    public Task<Matter> GetMatterAsync(string code, CancellationToken cancellationToken = default) => GetAsync<Matter>(MatterKind, code, cancellationToken);

    public Task<AssistanceItem> GetAssistanceItemAsync(string code, CancellationToken cancellationToken = default) =>
        GetAsync<AssistanceItem>(AssistanceItemKind, code, cancellationToken);

    public Task<Package> GetPackageAsync(string code, CancellationToken cancellationToken = default) => GetAsync<Package>(PackageKind, code, cancellationToken);

    public Task<Department> SaveDepartmentAsync(Department department, string? existingCode = null, CancellationToken cancellationToken = default) =>
        SaveAsync(DepartmentKind, department, existingCode, () => Task.FromResult(validator.Check(department)), cancellationToken);

    public Task<Matter> SaveMatterAsync(Matter matter, string? existingCode = null, CancellationToken cancellationToken = default) =>
        SaveAsync(MatterKind, matter, existingCode, async () => validator.Check(matter, await DepartmentCodesAsync(cancellationToken)), cancellationToken);

    public Task<AssistanceItem> SaveAssistanceItemAsync(AssistanceItem item, string? existingCode = null, CancellationToken cancellationToken = default) =>
        SaveAsync(AssistanceItemKind, item, existingCode, async () => validator.Check(item, await DepartmentCodesAsync(cancellationToken)), cancellationToken);

    public Task<Package> SavePackageAsync(Package package, string? existingCode = null, CancellationToken cancellationToken = default) =>
        SaveAsync(PackageKind, package, existingCode, async () =>
        {
            var codes = package.Members.Select(m => m.MatterCode).Distinct().ToList();
            var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
            return validator.Check(package, matters, await DepartmentCodesAsync(cancellationToken));
        }, cancellationToken);

    /// <summary>Refused with <c>department-in-use</c> while a matter, an assistance item or a material rule names it.</summary>
    public async Task DeleteDepartmentAsync(string code, CancellationToken cancellationToken = default)
    {
        var users = await db.Matters.Where(m => m.DepartmentCode == code).Select(m => "matter " + m.Code).Take(5).ToListAsync(cancellationToken);
        users.AddRange(await db.AssistanceItems.Where(a => a.RequestingDepartmentCode == code || a.AssistingDepartmentCode == code)
            .Select(a => "assistance item " + a.Code).Take(5).ToListAsync(cancellationToken));
        users.AddRange((await db.Packages.AsNoTracking().ToListAsync(cancellationToken))
            .Where(p => p.MaterialRules.Any(r => r.DepartmentCodes.Contains(code))).Select(p => "package " + p.Code));
        if (users.Count > 0)
            throw CatalogRefusedException.InUse(DepartmentKind, code, string.Join(", ", users));
        await DeleteAsync<Department>(DepartmentKind, code, cancellationToken);
    }

    /// <summary>Refused with <c>matter-in-use</c> while a package has it as a member.</summary>
    public async Task DeleteMatterAsync(string code, CancellationToken cancellationToken = default)
    {
        var packages = (await db.Packages.AsNoTracking().ToListAsync(cancellationToken))
            .Where(p => p.Members.Any(m => m.MatterCode == code)).Select(p => "package " + p.Code).ToList();
        if (packages.Count > 0)
            throw CatalogRefusedException.InUse(MatterKind, code, string.Join(", ", packages));
        await DeleteAsync<Matter>(MatterKind, code, cancellationToken);
    }

    public Task DeleteAssistanceItemAsync(string code, CancellationToken cancellationToken = default) =>
        DeleteAsync<AssistanceItem>(AssistanceItemKind, code, cancellationToken);

    public Task DeletePackageAsync(string code, CancellationToken cancellationToken = default) => DeleteAsync<Package>(PackageKind, code, cancellationToken);

    async Task<T> GetAsync<T>(string kind, string code, CancellationToken cancellationToken) where T : class, ICatalogEntry =>
        await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => EF.Property<string>(e, nameof(ICatalogEntry.Code)) == code, cancellationToken)
        ?? throw CatalogRefusedException.NotFound(kind, code);

    /// <summary>Creates the entry when <paramref name="existingCode"/> is null, else replaces the entry of that code.</summary>
    async Task<T> SaveAsync<T>(string kind, T entry, string? existingCode, Func<Task<IReadOnlyList<CatalogProblem>>> check, CancellationToken cancellationToken)
        where T : class, ICatalogEntry
    {
        db.ChangeTracker.Clear();
        var existing = await db.Set<T>().AsTracking()
            .SingleOrDefaultAsync(e => EF.Property<string>(e, nameof(ICatalogEntry.Code)) == (existingCode ?? entry.Code), cancellationToken);
        if (existingCode is null && existing is not null)
            throw CatalogRefusedException.Exists(kind, entry.Code);
        if (existingCode is not null && existing is null)
            throw CatalogRefusedException.NotFound(kind, existingCode);
        var problems = (await check()).ToList();
        if (existingCode is not null && existingCode != entry.Code)
            problems.Insert(0, new CatalogProblem("code-changed", "code", $"The code cannot change: the body says '{entry.Code}' but the address says '{existingCode}'."));
        if (problems.Count > 0)
            throw CatalogRefusedException.Invalid(kind, entry.Code, problems);
        if (existing is null)
            db.Add(entry);
        else
            db.Entry(existing).CurrentValues.SetValues(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Another request created the same code between our read and our insert.
            throw CatalogRefusedException.Exists(kind, entry.Code);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        return entry;
    }

    async Task DeleteAsync<T>(string kind, string code, CancellationToken cancellationToken) where T : class, ICatalogEntry
    {
        var deleted = await db.Set<T>().Where(e => EF.Property<string>(e, nameof(ICatalogEntry.Code)) == code).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
            throw CatalogRefusedException.NotFound(kind, code);
    }

    async Task<IReadOnlySet<string>> DepartmentCodesAsync(CancellationToken cancellationToken) =>
        (await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet();
}
