using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// One line of an inbox: the task, what the case is about and who applied, when it is due (the task's own due date,
/// otherwise the case's committed deadline) and the clock's light.
/// </summary>
public sealed record InboxRow(
    HumanTask Task,
    string? ApplicantName,
    string? Subject,
    CaseStatus? CaseStatus,
    DateTimeOffset? DueAt,
    ClockLevel Level,
    bool ClockPaused);
