namespace WorkflowEngine.Approvals.Tasks;

/// <summary>The person acting: who, in which department, in which role.</summary>
public sealed record Actor(string UserId, string DepartmentCode, StaffRole Role);
