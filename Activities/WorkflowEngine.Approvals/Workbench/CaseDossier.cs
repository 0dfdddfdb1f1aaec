using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Workbench;

/// <summary>
/// Everything the case page shows one person: the case as they may see it, its timeline from the journal, its clock,
/// every department's opinions so far (shared in a joint review), the tasks of the case that are theirs to act on, and
/// the package's form fields to label the submitted form with.
/// </summary>
public sealed record CaseDossier(
    CaseFile File,
    IReadOnlyList<FormField> FormFields,
    string Subject,
    IReadOnlyList<JournalEntry> Timeline,
    ClockView? Clock,
    IReadOnlyList<HumanTask> Opinions,
    IReadOnlyList<HumanTask> MyTasks);
