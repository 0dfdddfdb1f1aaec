using System.Security.Claims;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Server.Access;

/// <summary>How a signed-in person is carried in a cookie or token, and read back as the actor of an action.</summary>
public static class StaffClaims
{
    public const string Department = "department";

    public static ClaimsPrincipal Principal(StaffMember member, string authenticationType) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, member.UserName),
            new Claim(ClaimTypes.Name, member.DisplayName),
            new Claim(ClaimTypes.Role, member.Role.ToString()),
            new Claim(Department, member.DepartmentCode),
        ], authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    public static string UserName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string DepartmentCode(this ClaimsPrincipal user) => user.FindFirstValue(Department) ?? "";

    public static StaffRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    /// <summary>The person as the task rules see them; only for an authenticated staff member.</summary>
    public static Actor AsActor(this ClaimsPrincipal user) =>
        new(user.UserName(), user.DepartmentCode(), user.Role() ?? throw new InvalidOperationException("the caller holds no staff role"));
}
