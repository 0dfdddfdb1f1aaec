using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Staff;

/// <summary>
/// Demo accounts for every role, loaded with the demo catalog: at the service centre a clerk (two, so work can be
/// handed over), the single window, a supervisor, a designer and an administrator; in every department a reviewer
/// and an approver (two reviewers where transfer and 加签 are shown). All share <see cref="Password"/>.
/// </summary>
public static class DemoStaff
{
    public const string Password = "Demo#2026";

    public static IEnumerable<NewStaffMember> For(IEnumerable<Department> departments)
    {
        foreach (var department in departments)
        {
            if (department.IsServiceCentre)
            {
                yield return Member("clerk", "窗口受理员 王芳", department, StaffRole.Clerk);
                yield return Member("clerk2", "窗口受理员 李明", department, StaffRole.Clerk);
                yield return Member("window", "出件窗口 赵静", department, StaffRole.SingleWindow);
                yield return Member("supervisor", "督查员 陈刚", department, StaffRole.Supervisor);
                yield return Member("designer", "流程设计员 周洁", department, StaffRole.Designer);
                yield return Member("admin", "系统管理员", department, StaffRole.Administrator);
                continue;
            }
            var prefix = department.Code.ToLowerInvariant();
            yield return Member($"{prefix}-reviewer", $"{department.Name} 审查员", department, StaffRole.Reviewer);
            yield return Member($"{prefix}-approver", $"{department.Name} 审批人", department, StaffRole.Approver);
            if (department.Code is "SAMR" or "FIRE")
                yield return Member($"{prefix}-reviewer2", $"{department.Name} 审查员（二）", department, StaffRole.Reviewer);
        }
    }

    /// <summary>Adds the demo accounts that are missing; never touches an existing account (its password may have changed).</summary>
    public static async Task<int> LoadAsync(ApprovalsDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var existing = (await db.Set<StaffMember>().Select(m => m.UserName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var missing = For(departments).Where(r => !existing.Contains(r.UserName)).ToList();
        if (missing.Count == 0) return 0; // every later start: no hashing at all
        var hash = PasswordHash.Create(Password); // one hash for all: loading ~40 accounts stays quick at start-up
        var added = 0;
        foreach (var request in missing)
        {
            db.Add(new StaffMember
            {
                UserName = request.UserName,
                DisplayName = request.DisplayName,
                DepartmentCode = request.DepartmentCode,
                Role = request.Role,
                PasswordHash = hash,
                CreatedAt = time.GetUtcNow(),
            });
            added++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node loaded them at the same moment; its accounts are the same.
            added = 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        return added;
    }

    static NewStaffMember Member(string userName, string displayName, Department department, StaffRole role) =>
        new(userName, displayName, department.Code, role, Password);
}
