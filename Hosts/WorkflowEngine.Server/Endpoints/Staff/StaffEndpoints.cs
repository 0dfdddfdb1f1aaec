using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Staff;

/// <summary>Accounts (人员): the administrator lists, creates, resets and deactivates them. Password hashes never leave the server.</summary>
internal static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/staff").WithTags("Staff");
        group.MapGet("/", List).WithName("ListStaff").WithSummary("Accounts, optionally of one department · 人员列表").RequireAdministrator();
        group.MapPost("/", Create).WithName("CreateStaffMember").WithSummary("Create an account · 新增人员")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).RequireAdministrator();
        group.MapPut("/{userName}/password", SetPassword).WithName("SetStaffPassword").WithSummary("Reset a password and lift a lockout · 重置密码")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).RequireAdministrator();
        group.MapPut("/{userName}/active", SetActive).WithName("SetStaffActive").WithSummary("Activate or deactivate an account · 启用或停用")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAdministrator();
        return app;
    }

    static async Task<Ok<List<StaffResponse>>> List(string? department, StaffDirectory staff, CancellationToken cancellationToken) =>
        TypedResults.Ok((await staff.ListAsync(department, cancellationToken)).Select(StaffResponse.Of).ToList());

    static async Task<Created<StaffResponse>> Create(NewStaffMember request, StaffDirectory staff, CancellationToken cancellationToken)
    {
        var member = await staff.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/staff/{member.UserName}", StaffResponse.Of(member));
    }

    static async Task<Ok<StaffResponse>> SetPassword(string userName, PasswordRequest request, StaffDirectory staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffResponse.Of(await staff.SetPasswordAsync(userName, request.Password ?? "", cancellationToken)));

    static async Task<Ok<StaffResponse>> SetActive(string userName, ActiveRequest request, StaffDirectory staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffResponse.Of(await staff.SetActiveAsync(userName, request.Active, cancellationToken)));

    /// <summary>A new password.</summary>
    public sealed record PasswordRequest(string? Password);

    /// <summary>Whether the account may sign in.</summary>
    public sealed record ActiveRequest(bool Active);

    /// <summary>An account as the API shows it.</summary>
    public sealed record StaffResponse(string UserName, string DisplayName, string DepartmentCode, StaffRole Role, bool IsActive,
        DateTimeOffset? LockedUntil, DateTimeOffset? LastSignInAt)
    {
        public static StaffResponse Of(StaffMember m) => new(m.UserName, m.DisplayName, m.DepartmentCode, m.Role, m.IsActive, m.LockedUntil, m.LastSignInAt);
    }
}
