using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Staff;

/// <summary>The people who sign in: checking passwords (with a lockout after repeated failures) and keeping accounts.</summary>
public sealed class StaffDirectory(ApprovalsDbContext db, TimeProvider time)
{
    /// <summary>Failed attempts in a row that lock an account.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    public const int MinimumPasswordLength = 8;

    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var member = await db.Set<StaffMember>().FirstOrDefaultAsync(m => m.UserName == userName.Trim(), cancellationToken);
        if (member is null || !member.IsActive)
        {
            // Spend the same effort as a real check, so timing does not tell which user names exist.
            PasswordHash.Verify(password, Decoy);
            return new SignInResult(SignInOutcome.Refused);
        }
        var now = time.GetUtcNow();
        if (member.LockedUntil > now) return new SignInResult(SignInOutcome.LockedOut, LockedUntil: member.LockedUntil);
        if (!PasswordHash.Verify(password, member.PasswordHash))
        {
            member.FailedSignIns++;
            if (member.FailedSignIns >= FailuresBeforeLockout)
            {
                member.LockedUntil = now + LockoutPeriod;
                member.FailedSignIns = 0;
            }
            await SaveAsync(cancellationToken);
            return member.LockedUntil > now
                ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: member.LockedUntil)
                : new SignInResult(SignInOutcome.Refused);
        }
        member.FailedSignIns = 0;
        member.LockedUntil = null;
        member.LastSignInAt = now;
        await SaveAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().Where(d => d.Code == member.DepartmentCode).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        return new SignInResult(SignInOutcome.SignedIn, member, DepartmentName: department);
    }

    public Task<StaffMember?> FindAsync(string userName, CancellationToken cancellationToken = default) =>
        db.Set<StaffMember>().AsNoTracking().FirstOrDefaultAsync(m => m.UserName == userName, cancellationToken);

    /// <summary>The active colleagues of a department, optionally in one role: whom a task can be transferred to.</summary>
    public async Task<IReadOnlyList<StaffMember>> ColleaguesAsync(string departmentCode, StaffRole? role = null, CancellationToken cancellationToken = default) =>
        await db.Set<StaffMember>().AsNoTracking()
            .Where(m => m.DepartmentCode == departmentCode && m.IsActive && (role == null || m.Role == role))
            .OrderBy(m => m.UserName)
            .ToListAsync(cancellationToken);

    public async Task<StaffMember> CreateAsync(NewStaffMember request, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64 || request.UserName.Any(char.IsWhiteSpace))
            problems.Add("userName: 1 to 64 characters without spaces");
        if (string.IsNullOrWhiteSpace(request.DisplayName)) problems.Add("displayName: required");
        if (request.Password is null || request.Password.Length < MinimumPasswordLength)
            problems.Add($"password: at least {MinimumPasswordLength} characters");
        if (!await db.Departments.AnyAsync(d => d.Code == request.DepartmentCode, cancellationToken))
            problems.Add($"departmentCode: no department {request.DepartmentCode}");
        if (problems.Count > 0) throw new StaffRefusedException("invalid-staff-member", "The account cannot be created.", problems);
        if (await db.Set<StaffMember>().AnyAsync(m => m.UserName == request.UserName, cancellationToken))
            throw new StaffRefusedException("staff-member-exists", $"An account {request.UserName} already exists.");
        var member = new StaffMember
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName.Trim(),
            DepartmentCode = request.DepartmentCode,
            Role = request.Role,
            PasswordHash = PasswordHash.Create(request.Password!),
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(member);
        await SaveAsync(cancellationToken);
        return member;
    }

    /// <summary>Every account, optionally of one department, by user name.</summary>
    public async Task<IReadOnlyList<StaffMember>> ListAsync(string? departmentCode = null, CancellationToken cancellationToken = default) =>
        await db.Set<StaffMember>().AsNoTracking()
            .Where(m => departmentCode == null || m.DepartmentCode == departmentCode)
            .OrderBy(m => m.DepartmentCode).ThenBy(m => m.UserName)
            .ToListAsync(cancellationToken);

    /// <summary>Sets a new password (an administrator's reset) and lifts a lockout.</summary>
    public async Task<StaffMember> SetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        if (password is null || password.Length < MinimumPasswordLength)
            throw new StaffRefusedException("invalid-staff-member", "The password is too short.", [$"password: at least {MinimumPasswordLength} characters"]);
        var member = await TrackedAsync(userName, cancellationToken);
        member.PasswordHash = PasswordHash.Create(password);
        member.FailedSignIns = 0;
        member.LockedUntil = null;
        await SaveAsync(cancellationToken);
        return member;
    }

    /// <summary>Ends an account: it can no longer sign in, and its open sessions are refused at their next check.</summary>
    public async Task<StaffMember> SetActiveAsync(string userName, bool active, CancellationToken cancellationToken = default)
    {
        var member = await TrackedAsync(userName, cancellationToken);
        member.IsActive = active;
        await SaveAsync(cancellationToken);
        return member;
    }

    /// <summary>
    /// Creates the first administrator of a deployment without demo data, once: nothing happens when any active
    /// administrator exists. Returns whether one was created.
    /// </summary>
    public async Task<bool> EnsureAdministratorAsync(string userName, string password, string departmentCode, CancellationToken cancellationToken = default)
    {
        if (await db.Set<StaffMember>().AnyAsync(m => m.Role == StaffRole.Administrator && m.IsActive, cancellationToken)) return false;
        await CreateAsync(new NewStaffMember(userName, "系统管理员", departmentCode, StaffRole.Administrator, password), cancellationToken);
        return true;
    }

    async Task<StaffMember> TrackedAsync(string userName, CancellationToken cancellationToken) =>
        await db.Set<StaffMember>().FirstOrDefaultAsync(m => m.UserName == userName, cancellationToken)
        ?? throw new StaffRefusedException("staff-member-not-found", $"No account {userName}.");

    async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    static readonly string Decoy = PasswordHash.Create(Guid.NewGuid().ToString());
}
