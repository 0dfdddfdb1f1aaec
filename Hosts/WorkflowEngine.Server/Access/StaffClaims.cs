using System.Security.Claims;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Server.Access;

/// <summary>How a signed-in person is carried in a cookie or token, and read back as the actor of an action.</summary>
public static class StaffClaims
{
    public const string Department = "department";
    public const string DepartmentName = "department_name";

    /// <summary>A signed-in member; the department's name (read at sign-in) is what the header shows.</summary>
    public static ClaimsPrincipal Principal(StaffMember member, string authenticationType, string? departmentName = null)
    {
        var principal = Principal(member.UserName, member.DisplayName, member.DepartmentCode, member.Role.ToString(), authenticationType);
        if (!string.IsNullOrWhiteSpace(departmentName)) ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(DepartmentName, departmentName));
        return principal;
    }

    /// <summary>The same claims from their values, as a designer token carries them.</summary>
    public static ClaimsPrincipal Principal(string userName, string displayName, string departmentCode, string role, string authenticationType) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userName),
            new Claim(ClaimTypes.Name, displayName),
            new Claim(ClaimTypes.Role, role),
            new Claim(Department, departmentCode),
        ], authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    public static string UserName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string DepartmentCode(this ClaimsPrincipal user) => user.FindFirstValue(Department) ?? "";

    /// <summary>The department's name as it was at sign-in, or its code when the name is unknown.</summary>
    public static string DepartmentLabel(this ClaimsPrincipal user) => user.FindFirstValue(DepartmentName) ?? user.DepartmentCode();

    public static StaffRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>The person as the task rules see them; only for an authenticated staff member.</summary>
    public static Actor AsActor(this ClaimsPrincipal user) =>
        new(user.UserName(), user.DepartmentCode(), user.Role() ?? throw new InvalidOperationException("the caller holds no staff role"));
}
