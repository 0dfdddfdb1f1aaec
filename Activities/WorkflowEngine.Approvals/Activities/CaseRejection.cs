using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// A decision not to approve (不予许可): the case completes as not approved with a written decision giving each refusing
/// department's reasons (a refusal is decided in writing, with reasons and the applicant's remedies), and its clock
/// stops. The case.completed event follows from the change like any other completion.
/// </summary>
internal static class CaseRejection
{
    /// <param name="refusals">Each refusing department with its reason (the decider's comment or the "reason" field) and legal basis.</param>
    public static async Task DecideAsync(ActivityExecutionContext context, string decidedBy, IReadOnlyList<(string Department, string? Reason, string? LegalBasis)> refusals)
    {
        var session = context.GetRequiredService<CaseSession>();
        if (await session.FindAsync(context) is not { } @case) return; // a run with no case behind it (a designer's test run)
        var grounds = string.Join("；", refusals.Select(r =>
            $"{r.Department}：{(string.IsNullOrWhiteSpace(r.Reason) ? "未说明理由" : r.Reason)}" + (string.IsNullOrWhiteSpace(r.LegalBasis) ? "" : $"（依据：{r.LegalBasis}）")));
        CaseDocuments.Issue(@case, CaseDocumentKind.DecisionNotice, context.Now, "不予许可决定书",
            $"经审查，决定不予许可。理由：{grounds}。申请人如不服，可以依法申请行政复议或者提起行政诉讼。");
        @case.MoveTo(CaseStatus.CompletedNotApproved);
        @case.CompletedAt = context.Now;
        await CaseClocks.ChangeAsync(context, @case, clock =>
        {
            if (clock.CompletedAt is null) clock.Complete(decidedBy, "不予许可", context.Now);
        });
        context.Journal("CaseRejected", decidedBy, "Rejected", grounds);
        session.Changed(context, @case);
    }

    /// <summary>The refusal one decision carries.</summary>
    public static (string Department, string? Reason, string? LegalBasis) Of(string department, TaskCompletion decision) =>
        (department, decision.Field("reason") ?? decision.Comment, decision.Field("legalBasis"));
}
