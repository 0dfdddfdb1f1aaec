using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// The window's decision (综合受理): accept, accept with deferred materials (容缺), ask for a correction in one notice
/// (一次性告知), or refuse — a refusal needs a reason and a legal basis and is reported to the supervisor (否定报备),
/// because the window cannot say no on its own: with <see cref="ApprovalsOptions.RefusalNeedsApproval"/> the refusal is
/// only proposed until the supervising leader approves it, and a rejected proposal sends the case back to the window.
/// Issues the acceptance, correction or refusal notice (the receipt was issued when the application came in).
/// </summary>
[Activity("Approvals", "政务审批", "综合窗口受理：受理、容缺受理、一次性告知补正或不予受理（须说明理由与依据并报备）。The window's intake decision.",
    DisplayName = "综合受理 Unified intake", Kind = ActivityKind.Task)]
[FlowNode("Accepted|受理", "AcceptedWithDeferredMaterials|容缺受理", "CorrectionNeeded|补正告知", "Refused|不予受理")]
public sealed class UnifiedIntake : HumanTaskActivity
{
    public const string Accept = "Accept", AcceptWithDeferredMaterials = "AcceptWithDeferredMaterials", CorrectionNotice = "CorrectionNotice", Refuse = "Refuse";

    [Input(DisplayName = "受理窗口 Window", Description = "The department code of the service centre.")]
    public Input<string> Window { get; set; } = new("CENTRE");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        OpenIntake(context, await context.GetRequiredService<CaseSession>().GetAsync(context));

    void OpenIntake(ActivityExecutionContext context, Case @case)
    {
        OpenTask(context, context.Get(Window) ?? "CENTRE", StaffRole.Clerk, $"受理 {@case.Number} {@case.Applicant.Name}",
            [Accept, AcceptWithDeferredMaterials, CorrectionNotice, Refuse],
            requiredFields: new() { [Refuse] = ["reason", "legalBasis"], [CorrectionNotice] = ["missing"] });
    }

    /// <summary>The supervising leader's decision on a proposed refusal (否定报备审批).</summary>
    public const string ApproveRefusal = "ApproveRefusal", RejectRefusal = "RejectRefusal";

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var done = Completion(context);
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        if ((string?)context.State["step"] == "refusal")
            DecideRefusal(context, @case, done);
        else switch (done.Outcome)
        {
            case Accept or AcceptWithDeferredMaterials:
                @case.MoveTo(CaseStatus.Accepted);
                @case.AcceptedAt = context.Now;
                CaseDocuments.Issue(@case, CaseDocumentKind.AcceptanceNotice, context.Now, "受理通知书", await AcceptanceNotice.ContentAsync(context, @case, done.Actor));
                if (done.Outcome == AcceptWithDeferredMaterials)
                    CaseDocuments.Issue(@case, CaseDocumentKind.DeferredMaterialsNotice, context.Now, "容缺受理告知书",
                        "容缺材料：" + string.Join("、", @case.Materials.Where(m => m.Deferred).Select(m => m.Name)));
                context.Complete(done.Outcome == Accept ? "Accepted" : "AcceptedWithDeferredMaterials");
                break;
            case CorrectionNotice:
                @case.MoveTo(CaseStatus.CorrectionStarted);
                CaseDocuments.Issue(@case, CaseDocumentKind.CorrectionNotice, context.Now, "一次性告知书",
                    $"办件编号：{@case.Number}。申请人：{@case.Applicant.Name}。经审查，您提交的申请材料不齐全或者不符合法定形式，"
                    + $"请一次性补正以下全部内容：{done.Field("missing")}。补正期间不计入办理时限；收到全部补正材料后本中心重新审查受理，逾期未补正的退回申请。"
                    + $"告知人：{done.Actor}。");
                context.Complete("CorrectionNeeded");
                break;
            default:
                ReportRefusal(context, @case, done);
                if (context.GetRequiredService<IOptions<ApprovalsOptions>>().Value.RefusalNeedsApproval)
                    ProposeRefusal(context, @case, done);
                else
                    RefuseNow(context, @case, done.Field("reason"), done.Field("legalBasis"));
                break;
        }
        session.Changed(context, @case);
    }

    // 否定报备: the supervisor hears of every refusal, with who refused, why and on what basis.
    static void ReportRefusal(ActivityExecutionContext context, Case @case, TaskCompletion done)
    {
        context.Enlist(new ApprovalsChanges().Add(new Supervision.RefusalReport
        {
            Id = Guid.CreateVersion7().ToString("N"), CaseNumber = @case.Number, MatterCodes = [.. @case.MatterCodes],
            ApplicantName = @case.Applicant.Name, ApplicantPhone = @case.Applicant.Phone,
            Reason = done.Field("reason")!, LegalBasis = done.Field("legalBasis")!, RefusedBy = done.Actor, RefusedAt = context.Now,
        }));
        context.PostMessage("case.refusal-reported", new JsonObject
        {
            ["caseNumber"] = @case.Number, ["applicant"] = @case.Applicant.Name, ["phone"] = @case.Applicant.Phone,
            ["matters"] = new JsonArray(@case.MatterCodes.Select(m => (JsonNode)m).ToArray()),
            ["reason"] = done.Field("reason"), ["legalBasis"] = done.Field("legalBasis"), ["refusedBy"] = done.Actor,
        });
    }

    // 窗口无否决权: the refusal waits for the supervising leader; the applicant is told nothing yet.
    void ProposeRefusal(ActivityExecutionContext context, Case @case, TaskCompletion done)
    {
        context.State["step"] = "refusal";
        context.State["reason"] = done.Field("reason");
        context.State["legalBasis"] = done.Field("legalBasis");
        OpenTask(context, context.Get(Window) ?? "CENTRE", StaffRole.Supervisor, $"否定报备审批 {@case.Number} {@case.Applicant.Name}：{done.Field("reason")}",
            [ApproveRefusal, RejectRefusal], excludedUsers: [done.Actor]);
        context.Journal("RefusalProposed", done.Actor, Refuse, $"拟不予受理，待分管领导审批。理由：{done.Field("reason")}；依据：{done.Field("legalBasis")}");
    }

    void DecideRefusal(ActivityExecutionContext context, Case @case, TaskCompletion done)
    {
        if (done.Outcome == ApproveRefusal)
        {
            context.Journal("RefusalApproved", done.Actor, ApproveRefusal, done.Comment);
            RefuseNow(context, @case, (string?)context.State["reason"], (string?)context.State["legalBasis"]);
            return;
        }
        // The leader does not agree: the application goes back to the window to be taken in.
        context.Journal("RefusalRejected", done.Actor, RejectRefusal, done.Comment);
        context.State["step"] = "intake";
        OpenIntake(context, @case);
    }

    static void RefuseNow(ActivityExecutionContext context, Case @case, string? reason, string? legalBasis)
    {
        @case.MoveTo(CaseStatus.Refused);
        @case.CompletedAt = context.Now;
        CaseDocuments.Issue(@case, CaseDocumentKind.RefusalNotice, context.Now, "不予受理通知书",
            $"办件编号：{@case.Number}。申请人：{@case.Applicant.Name}。经审查，决定不予受理。理由：{reason}；依据：{legalBasis}。"
            + "申请人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。");
        context.Complete("Refused");
    }
}
