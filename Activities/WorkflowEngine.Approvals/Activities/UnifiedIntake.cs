using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// The window's decision (综合受理): accept, accept with deferred materials (容缺), ask for a correction in one notice
/// (一次性告知), or refuse — a refusal needs a reason and a legal basis and is reported to the supervisor (否定报备),
/// because the window cannot say no on its own. Issues the acceptance, correction or refusal notice (the receipt
/// was issued when the application came in).
/// </summary>
[Activity("Approvals", "政务审批", "综合窗口受理：受理、容缺受理、一次性告知补正或不予受理（须说明理由与依据并报备）。The window's intake decision.",
    DisplayName = "综合受理 Unified intake", Kind = ActivityKind.Task)]
[FlowNode("Accepted|受理", "AcceptedWithDeferredMaterials|容缺受理", "CorrectionNeeded|补正告知", "Refused|不予受理")]
public sealed class UnifiedIntake : HumanTaskActivity
{
    public const string Accept = "Accept", AcceptWithDeferredMaterials = "AcceptWithDeferredMaterials", CorrectionNotice = "CorrectionNotice", Refuse = "Refuse";

    [Input(DisplayName = "受理窗口 Window", Description = "The department code of the service centre.")]
    public Input<string> Window { get; set; } = new("CENTRE");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        OpenTask(context, context.Get(Window) ?? "CENTRE", StaffRole.Clerk, $"受理 {@case.Number} {@case.Applicant.Name}",
            [Accept, AcceptWithDeferredMaterials, CorrectionNotice, Refuse],
            requiredFields: new() { [Refuse] = ["reason", "legalBasis"], [CorrectionNotice] = ["missing"] });
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var done = Completion(context);
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        switch (done.Outcome)
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
                CaseDocuments.Issue(@case, CaseDocumentKind.CorrectionNotice, context.Now, "一次性告知书", "请补正以下材料：" + done.Field("missing"));
                context.Complete("CorrectionNeeded");
                break;
            default:
                @case.MoveTo(CaseStatus.Refused);
                @case.CompletedAt = context.Now;
                CaseDocuments.Issue(@case, CaseDocumentKind.RefusalNotice, context.Now, "不予受理通知书",
                    $"理由：{done.Field("reason")}；依据：{done.Field("legalBasis")}");
                // 否定报备: the supervisor hears of every refusal, with who refused, why and on what basis.
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
                context.Complete("Refused");
                break;
        }
        session.Changed(context, @case);
    }
}
