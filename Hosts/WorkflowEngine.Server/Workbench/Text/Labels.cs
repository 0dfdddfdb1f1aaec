using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using static WorkflowEngine.Server.Localization.Cultures;

namespace WorkflowEngine.Server.Workbench.Text;

/// <summary>The workbench's words for the domain's codes, Chinese first and English when chosen.</summary>
public static class Labels
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => T("已收件", "Received"),
        CaseStatus.Withdrawn => T("申请人撤回", "Withdrawn"),
        CaseStatus.Accepted => T("已受理", "Accepted"),
        CaseStatus.NotAccepted => T("不予受理（退回）", "Not accepted"),
        CaseStatus.Refused => T("不予受理", "Refused"),
        CaseStatus.CorrectionStarted => T("补正中", "Correction started"),
        CaseStatus.CorrectionEnded => T("补正完成", "Correction ended"),
        CaseStatus.Handling => T("部门办理中", "Being handled"),
        CaseStatus.SpecialProcedureStarted => T("特别程序中", "Special procedure"),
        CaseStatus.SpecialProcedureEnded => T("特别程序结束", "Special procedure ended"),
        CaseStatus.CompletedApproved => T("办结（准予）", "Completed, approved"),
        CaseStatus.CompletedApprovedUnderDeferredMaterials => T("办结（容缺准予）", "Approved under deferred materials"),
        CaseStatus.CompletedNotApproved => T("办结（不予许可）", "Completed, not approved"),
        CaseStatus.Revoked => T("已撤销", "Revoked"),
        _ => T("已作废", "Annulled"),
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "Accept" => T("受理", "Accept"),
        "AcceptWithDeferredMaterials" => T("容缺受理", "Accept with deferred materials"),
        "CorrectionNotice" => T("一次性告知补正", "Correction notice"),
        "Refuse" => T("不予受理", "Refuse"),
        "ApproveRefusal" => T("同意不予受理", "Approve the refusal"),
        "RejectRefusal" => T("不同意，退回窗口受理", "Reject: back to the window"),
        "Pass" => T("审查通过", "Pass on"),
        "Approved" => T("准予许可", "Approve"),
        "Rejected" => T("不予许可", "Reject"),
        "Returned" => T("退回补正", "Return for revision"),
        "AtWindow" => T("窗口领取", "At the window"),
        "ByPost" => T("邮寄送达", "By post"),
        "Electronic" => T("电子证照", "Electronic certificate"),
        "Provided" => T("已协助", "Provided"),
        "Declined" => T("不予协助", "Declined"),
        "Rectified" => T("已整改", "Rectified"),
        "Urged" => T("已督办", "Urged"),
        _ => outcome,
    };

    public static string Field(string field) => field switch
    {
        "reason" => T("理由", "Reason"),
        "legalBasis" => T("法律依据", "Legal basis"),
        "missing" => T("需补正的材料", "Materials to correct"),
        "identityChecked" => T("已核验的身份证件", "Identity document checked"),
        "trackingNumber" => T("邮件运单号", "Tracking number"),
        "certificateNumber" => T("电子证照编号", "Certificate number"),
        "result" => T("协助结果", "Result"),
        "measures" => T("整改措施", "Measures"),
        _ => field,
    };

    public static string Role(StaffRole? role) => role switch
    {
        StaffRole.Clerk => T("窗口受理员", "Window clerk"),
        StaffRole.Reviewer => T("审查员", "Reviewer"),
        StaffRole.Approver => T("审批人", "Approver"),
        StaffRole.SingleWindow => T("出件窗口", "Single window"),
        StaffRole.Supervisor => T("督查员", "Supervisor"),
        StaffRole.Designer => T("流程设计员", "Designer"),
        StaffRole.Administrator => T("系统管理员", "Administrator"),
        _ => "",
    };

    public static string Level(ClockLevel level) => level switch
    {
        ClockLevel.Normal => T("正常", "On track"),
        ClockLevel.Warning => T("预警", "Warning"),
        ClockLevel.Urgent => T("紧急", "Urgent"),
        _ => T("超期", "Overdue"),
    };

    /// <summary>The supervision light: green, yellow, orange, red.</summary>
    public static string LevelColour(ClockLevel level) => level switch
    {
        ClockLevel.Normal => "#2e7d32",
        ClockLevel.Warning => "#f9a825",
        ClockLevel.Urgent => "#ef6c00",
        _ => "#c62828",
    };

    public static string Pause(PauseReason reason) => reason switch
    {
        PauseReason.Correction => T("补正", "Correction"),
        PauseReason.Assistance => T("行政协助", "Assistance"),
        PauseReason.Hearing => T("听证", "Hearing"),
        PauseReason.ExpertReview => T("专家评审", "Expert review"),
        PauseReason.Inspection => T("检验检测", "Inspection"),
        _ => T("其他", "Other"),
    };

    public static string Document(CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.Receipt => T("收件回执", "Receipt"),
        CaseDocumentKind.AcceptanceNotice => T("受理通知书", "Acceptance notice"),
        CaseDocumentKind.RefusalNotice => T("不予受理通知书", "Refusal notice"),
        CaseDocumentKind.CorrectionNotice => T("一次性告知书", "One-time correction notice"),
        CaseDocumentKind.DeferredMaterialsNotice => T("容缺受理告知书", "Deferred-materials notice"),
        CaseDocumentKind.DecisionNotice => T("决定书", "Decision notice"),
        CaseDocumentKind.Licence => T("证照", "Licence"),
        _ => T("送达记录", "Delivery record"),
    };
}
