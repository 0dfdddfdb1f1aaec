using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Server.Integrators;

namespace WorkflowEngine.Server.Endpoints.Cases;

/// <summary>Which departments a case or an application belongs to, checked against the caller's key.</summary>
internal static class CaseAccess
{
    /// <summary>The case, if the key covers one of its departments (404 <c>unknown-case</c>, 403 <c>department-not-allowed</c>).</summary>
    public static async Task<(Case Case, List<string> Departments)> ReadableAsync(string number, ApiCaller caller, CaseService cases, CaseQueries queries,
        CancellationToken cancellationToken)
    {
        var @case = await cases.FindAsync(number, cancellationToken) ?? throw new CaseRefusedException("unknown-case", $"there is no case {number}");
        var departments = await queries.DepartmentsAsync(number, cancellationToken);
        caller.MustCoverAny(departments, $"case {number}");
        return (@case, departments);
    }

    /// <summary>The departments deciding an application's matters; empty when the package or matters are unknown (intake refuses those itself).</summary>
    public static async Task<List<string>> OfApplicationAsync(CreateCaseRequest request, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var codes = request.MatterCodes?.ToList() ?? [];
        if (request.PackageCode is { } packageCode
            && await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == packageCode, cancellationToken) is { } package)
            codes = package.Members.Select(m => m.MatterCode).ToList();
        return await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).Select(m => m.DepartmentCode).Distinct().ToListAsync(cancellationToken);
    }
}
