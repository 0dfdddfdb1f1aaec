using static WorkflowEngine.Server.Localization.Cultures;

namespace WorkflowEngine.Server.Workbench.Text;

/// <summary>The timeline's words for the journal's event names; an event not listed shows its own name.</summary>
public static class JournalLabels
{
    static readonly Dictionary<string, (string Zh, string En)> Events = new(StringComparer.Ordinal)
    {
        ["InstanceStarted"] = ("收件登记", "Received"),
        ["InstanceFinished"] = ("流程结束", "Process finished"),
        ["InstanceCancelled"] = ("流程终止", "Process cancelled"),
        ["Faulted"] = ("流程故障", "Fault"),
        ["TaskOpened"] = ("生成任务", "Task opened"),
        ["TaskClaimed"] = ("签收", "Claimed"),
        ["TaskReleased"] = ("退回待办池", "Released"),
        ["TaskTransferred"] = ("转办", "Transferred"),
        ["TaskCompleted"] = ("办理", "Done"),
        ["ApproverAddedBefore"] = ("前加签", "Approver added before"),
        ["ApproverAddedAfter"] = ("后加签", "Approver added after"),
        ["CoSigned"] = ("会签", "Co-signed"),
        ["Routed"] = ("分办", "Routed"),
        ["JointReviewOpinion"] = ("联审意见", "Joint review opinion"),
        ["MaterialsSupplied"] = ("补交材料", "Materials supplied"),
        ["DeferredMaterialsAwaited"] = ("等待容缺材料", "Deferred materials awaited"),
        ["DeferredMaterialsMissed"] = ("容缺材料逾期未补", "Deferred materials missed"),
        ["DeferredMaterialsGrace"] = ("容缺材料宽限期", "Grace period"),
        ["CorrectionNotSupplied"] = ("逾期未补正", "Correction not supplied"),
        ["AcceptedFromReceipt"] = ("视为自收到之日起受理", "Accepted from receipt"),
        ["AssistanceRequested"] = ("请求行政协助", "Assistance requested"),
        ["AssistanceAnswered"] = ("协助答复", "Assistance answered"),
        ["AssistanceOverdue"] = ("协助超时", "Assistance overdue"),
        ["AssistanceUrged"] = ("协助督办", "Assistance urged"),
        ["InstantApprovalRuled"] = ("秒批规则判定", "Instant approval rule"),
        ["CaseRated"] = ("申请人评价", "Rated"),
        ["ReturnVisitRequired"] = ("需回访", "Return visit required"),
        ["Rectified"] = ("已整改", "Rectified"),
        ["SpecialProcedureStarted"] = ("特别程序开始，暂停计时", "Special procedure started"),
        ["SpecialProcedureEnded"] = ("特别程序结束，恢复计时", "Special procedure ended"),
        ["ClockStarted"] = ("开始计时", "Clock started"),
        ["ClockPaused"] = ("暂停计时", "Clock paused"),
        ["ClockResumed"] = ("恢复计时", "Clock resumed"),
        ["ClockExtended"] = ("延长时限", "Limit extended"),
        ["ClockCompleted"] = ("停止计时", "Clock completed"),
        ["ClockDueDateMoved"] = ("节假日安排公布，期限重新计算", "Due date moved by the official holidays"),
        ["AlertRaised"] = ("预警", "Alert raised"),
    };

    public static string Event(string name) => Events.TryGetValue(name, out var label) ? T(label.Zh, label.En) : name;
}
