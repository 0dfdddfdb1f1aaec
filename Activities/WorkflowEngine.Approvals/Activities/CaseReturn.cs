using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// A return for revision (退回补正) by a department: the case goes back to the applicant with one written notice of what
/// each returning department asks to revise, and waits in correction (status 6). A <c>CorrectionNotice</c> step after
/// the review's Returned port takes this notice as its own, stops the clock and waits for the revision.
/// </summary>
internal static class CaseReturn
{
    /// <param name="returns">Each returning department with what it asks to revise (the "missing" field, else the comment).</param>
    public static async Task ReturnAsync(ActivityExecutionContext context, string returnedBy, IReadOnlyList<(string Department, string? Request)> returns)
    {
        var session = context.GetRequiredService<CaseSession>();
        if (await session.FindAsync(context) is not { } @case) return; // a run with no case behind it (a designer's test run)
        var requests = string.Join("；", returns.Select(r => $"{r.Department}：{(string.IsNullOrWhiteSpace(r.Request) ? "请按审查意见补正" : r.Request)}"));
        CaseDocuments.Issue(@case, CaseDocumentKind.CorrectionNotice, context.Now, "补正告知书（退回补正）",
            $"经审查，申请材料需补正。需补正内容：{requests}。请一次性补正；补正期间不计入办理时限，收到补正材料的次日起继续计算。");
        @case.MoveTo(CaseStatus.CorrectionStarted);
        context.Journal("CaseReturned", returnedBy, "Returned", requests);
        session.Changed(context, @case);
    }

    /// <summary>What one decision asks to revise.</summary>
    public static (string Department, string? Request) Of(string department, TaskCompletion decision) =>
        (department, decision.Field("missing") ?? decision.Comment);
}
