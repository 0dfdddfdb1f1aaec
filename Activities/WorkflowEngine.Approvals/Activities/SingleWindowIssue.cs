using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// The single window hands out the result (统一出件): at the window after an identity check, by post with a tracking
/// number, or as an electronic certificate. Records the delivery and completes the case as approved (or approved
/// under deferred materials while promised materials are still outstanding).
/// </summary>
[Activity("Approvals", "政务审批", "统一窗口出件：窗口领取（核验身份）、邮寄（运单号）或电子证照。The single window issues the result.",
    DisplayName = "统一出件 Single-window issue", Kind = ActivityKind.Task)]
[FlowNode("Issued|已出件")]
public sealed class SingleWindowIssue : HumanTaskActivity
{
    public const string AtWindow = "AtWindow", ByPost = "ByPost", Electronic = "Electronic";

    [Input(DisplayName = "出件窗口 Window", Description = "The department code of the service centre.")]
    public Input<string> Window { get; set; } = new("CENTRE");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        OpenTask(context, context.Get(Window) ?? "CENTRE", StaffRole.SingleWindow, $"出件 {@case.Number} {@case.Applicant.Name}",
            [AtWindow, ByPost, Electronic],
            requiredFields: new() { [AtWindow] = ["identityChecked"], [ByPost] = ["trackingNumber"], [Electronic] = ["certificateNumber"] });
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var done = Completion(context);
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        var how = done.Outcome switch
        {
            AtWindow => $"窗口领取，已核验身份：{done.Field("identityChecked")}",
            ByPost => $"邮寄送达，运单号：{done.Field("trackingNumber")}",
            _ => $"电子证照，证照编号：{done.Field("certificateNumber")}",
        };
        await Licences.IssueAsync(context.GetRequiredService<Data.ApprovalsDbContext>(), @case, context.Now, context.CancellationToken);
        CaseDocuments.Issue(@case, CaseDocumentKind.DeliveryRecord, context.Now, "送达记录", how);
        @case.MoveTo(@case.Materials.Any(m => m.Deferred && m.ReceivedAt is null)
            ? CaseStatus.CompletedApprovedUnderDeferredMaterials
            : CaseStatus.CompletedApproved);
        @case.CompletedAt = context.Now;
        session.Changed(context, @case); // case.issued and case.completed are posted from the change (PostCaseEvents)
        context.Complete("Issued");
    }
}
