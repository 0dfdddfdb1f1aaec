using System.Security.Claims;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Server.Access;

/// <summary>How a signed-in person is carried in a cookie or token, and read back as the actor of an action.</summary>
public static class StaffClaims
{
    public const string Department = "department";

    public static ClaimsPrincipal Principal(StaffMember member, string authenticationType) =>
        Principal(member.UserName, member.DisplayName, member.DepartmentCode, member.Role.ToString(), authenticationType);

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

    public static StaffRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>The person as the task rules see them; only for an authenticated staff member.</summary>
    public static Actor AsActor(this ClaimsPrincipal user) =>
        new(user.UserName(), user.DepartmentCode(), user.Role() ?? throw new InvalidOperationException("the caller holds no staff role"));
}
