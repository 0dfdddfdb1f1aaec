using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Descriptors;

namespace WorkflowEngine.Approvals.Catalog;

/// <summary>
/// Fills a designer dropdown from the catalog. Descriptors are produced synchronously, so the list is read
/// synchronously and kept for a few seconds: a designer opening many activities asks the database once.
/// </summary>
public abstract class CatalogOptionsProvider(IServiceScopeFactory scopes) : IInputOptionsProvider
{
    static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    readonly Lock _lock = new();
    IReadOnlyList<SelectOption>? _options;
    long _readAt;

    public abstract string Name { get; }

    public IReadOnlyList<SelectOption> GetOptions()
    {
        lock (_lock)
        {
            if (_options is null || Environment.TickCount64 - _readAt > Freshness.TotalMilliseconds)
            {
                using var scope = scopes.CreateScope();
                _options = Read(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>());
                _readAt = Environment.TickCount64;
            }
            return _options;
        }
    }

    protected abstract IReadOnlyList<SelectOption> Read(ApprovalsDbContext db);
}

/// <summary>The departments, as "公安局 (PSB)".</summary>
public sealed class DepartmentOptions(IServiceScopeFactory scopes) : CatalogOptionsProvider(scopes)
{
    public override string Name => "departments";

    protected override IReadOnlyList<SelectOption> Read(ApprovalsDbContext db) =>
        db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).AsEnumerable()
            .Select(d => new SelectOption($"{d.Name} ({d.Code})", d.Code)).ToList();
}

/// <summary>The matters, as "食品经营许可 (SAMR-FOOD)".</summary>
public sealed class MatterOptions(IServiceScopeFactory scopes) : CatalogOptionsProvider(scopes)
{
    public override string Name => "matters";

    protected override IReadOnlyList<SelectOption> Read(ApprovalsDbContext db) =>
        db.Matters.AsNoTracking().OrderBy(m => m.Code).Select(m => new { m.Code, m.Name }).AsEnumerable()
            .Select(m => new SelectOption($"{m.Name} ({m.Code})", m.Code)).ToList();
}

/// <summary>The packages, as "开办企业一件事 (open-business)".</summary>
public sealed class PackageOptions(IServiceScopeFactory scopes) : CatalogOptionsProvider(scopes)
{
    public override string Name => "packages";

    protected override IReadOnlyList<SelectOption> Read(ApprovalsDbContext db) =>
        db.Packages.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).AsEnumerable()
            .Select(p => new SelectOption($"{p.Name} ({p.Code})", p.Code)).ToList();
}

/// <summary>The assistance list, as "网约车驾驶员背景核查 (TRANSPORT → PSB)".</summary>
public sealed class AssistanceItemOptions(IServiceScopeFactory scopes) : CatalogOptionsProvider(scopes)
{
    public override string Name => "assistance-items";

    protected override IReadOnlyList<SelectOption> Read(ApprovalsDbContext db) =>
        db.AssistanceItems.AsNoTracking().OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.Content, a.RequestingDepartmentCode, a.AssistingDepartmentCode }).AsEnumerable()
            .Select(a => new SelectOption($"{a.Content} ({a.RequestingDepartmentCode} → {a.AssistingDepartmentCode})", a.Code)).ToList();
}
