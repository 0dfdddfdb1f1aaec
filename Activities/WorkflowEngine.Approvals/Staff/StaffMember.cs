using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Staff;

/// <summary>A person who signs in: one role in one department (or the service centre).</summary>
/// <remarks>
/// One role per account keeps "who may do what" readable at the window: a person who both reviews and approves holds
/// two accounts, which is also what separation of duties needs to be traceable.
/// </remarks>
public sealed class StaffMember
{
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string DepartmentCode { get; set; }
    public StaffRole Role { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsActive { get; set; } = true;
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Who this person is when they act on a task.</summary>
    public Actor AsActor() => new(UserName, DepartmentCode, Role);
}
