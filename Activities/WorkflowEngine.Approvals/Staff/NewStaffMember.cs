using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Staff;

/// <summary>An account as an administrator (or the demo data) asks for it.</summary>
public sealed record NewStaffMember(string UserName, string DisplayName, string DepartmentCode, StaffRole Role, string? Password);
