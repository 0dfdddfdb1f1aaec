using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// A department's review then decision (审查 / 决定), by two different people (审核分离): the reviewer passes the
/// case on or returns it; the approver, who may not be the reviewer, approves, rejects or returns it.
/// </summary>
[Activity("Approvals", "政务审批", "部门审查与决定：审查人与决定人不得为同一人。Review then decision in a department, by two different people.",
    DisplayName = "部门审查 Department review", Kind = ActivityKind.Task)]
[FlowNode("Approved|通过", "Rejected|不予许可", "Returned|退回补正")]
public sealed class DepartmentReview : HumanTaskActivity
{
    public static readonly string[] ReviewOutcomes = ["Pass", "Returned"];
    public static readonly string[] DecisionOutcomes = ["Approved", "Rejected", "Returned"];

    [Input(DisplayName = "审查部门 Department", OptionsProvider = "departments", UIHint = UIHints.Dropdown, Required = true)]
    public Input<string> Department { get; set; } = new();

    [Input(DisplayName = "事项 Title", Description = "What the reviewers see in their inbox.")]
    public Input<string> Title { get; set; } = new("审查 Review");

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var department = context.Get(Department) ?? throw new InvalidOperationException("no department chosen");
        OpenTask(context, department, StaffRole.Reviewer, context.Get(Title) ?? "审查", ReviewOutcomes);
        context.State["step"] = "review";
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var done = Completion(context);
        if ((string?)context.State["step"] == "review" && done.Outcome == "Pass")
        {
            var department = context.Get(Department)!;
            // 审核分离: the reviewer is excluded from the decision task.
            OpenTask(context, department, StaffRole.Approver, "决定 " + (context.Get(Title) ?? ""), DecisionOutcomes, excludedUsers: done.Signers);
            context.State["step"] = "decision";
            context.State["reviewer"] = done.Actor;
            return;
        }
        if (done.Outcome == "Rejected") await CaseRejection.DecideAsync(context, done.Actor, [CaseRejection.Of(context.Get(Department)!, done)]);
        if (done.Outcome == "Returned") await CaseReturn.ReturnAsync(context, done.Actor, [CaseReturn.Of(context.Get(Department)!, done)]);
        context.Complete(done.Outcome);
    }
}
