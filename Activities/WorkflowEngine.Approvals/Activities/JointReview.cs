using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>How a joint review decides from the departments' decisions.</summary>
public enum PassRule { All, Any, Share }

/// <summary>
/// Joint review (联审) by several departments, one after another (串联) or at once (并联). Each department reviews then
/// decides by two different people; every opinion is journaled for the others to read. Serially, the next department
/// starts when the previous approved, and any rejection or return ends the review. In parallel, the review decides
/// when every department has: a return for revision wins, then the pass rule (all, any, or a share approving).
/// </summary>
[Activity("Approvals", "政务审批", "联审：多部门串联或并联审查，可设通过规则（全部、任一、比例），审查意见共享。Joint review by several departments.",
    DisplayName = "联合审查 Joint review", Kind = ActivityKind.Task)]
[FlowNode("Approved|通过", "Rejected|不予许可", "Returned|退回补正")]
public sealed class JointReview : HumanTaskActivity
{
    [Input(DisplayName = "审查部门 Departments", Description = "Department codes in review order; by default those the case was routed to (variable 'departments').",
        UIHint = UIHints.MultiText, DefaultSyntax = "JavaScript")]
    public Input<List<string>> Departments { get; set; } = new(Expression.FromJavaScript("getVariable('departments')"));

    [Input(DisplayName = "审查方式 Mode", Description = "Serial: one department after another. Parallel: all at once.")]
    public Input<ReviewMode> Mode { get; set; } = new(ReviewMode.Parallel);

    [Input(DisplayName = "通过规则 Pass rule")]
    public Input<PassRule> Rule { get; set; } = new(PassRule.All);

    [Input(DisplayName = "通过比例 Share", Description = "For the Share rule: the share of departments that must approve, e.g. 0.5.")]
    public Input<decimal> Share { get; set; } = new(0.5m);

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var departments = context.Get(Departments) ?? [];
        if (departments.Count == 0) throw new InvalidOperationException("a joint review needs at least one department");
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        var members = new JsonArray(departments.Select(d => (JsonNode)new JsonObject { ["department"] = d, ["step"] = "waiting" }).ToArray());
        context.State["members"] = members;
        var parallel = context.Get(Mode) == ReviewMode.Parallel;
        foreach (var member in members.OfType<JsonObject>().Take(parallel ? members.Count : 1))
            OpenReview(context, member, @case.Number);
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var done = Completion(context);
        var members = context.State["members"]!.AsArray().OfType<JsonObject>().ToList();
        var member = members.Single(m => (string?)m["taskId"] == done.TaskId);
        var department = (string)member["department"]!;
        context.Journal("JointReviewOpinion", done.Actor, done.Outcome, done.Comment,
            new JsonObject { ["department"] = department, ["step"] = (string?)member["step"] });

        if ((string?)member["step"] == "review" && done.Outcome == "Pass")
        {
            // 审核分离: the department's reviewer may not decide.
            var task = OpenTask(context, department, StaffRole.Approver, $"联审决定 {context.CorrelationId}", DepartmentReview.DecisionOutcomes, excludedUsers: done.Signers);
            member["step"] = "decision";
            member["taskId"] = task.Id;
            return;
        }
        member["step"] = "done";
        member["outcome"] = done.Outcome;
        (_, var reason, var legalBasis) = CaseRejection.Of(department, done); // kept for the decision notice if the review ends in a refusal
        member["reason"] = reason;
        member["legalBasis"] = legalBasis;
        member["request"] = CaseReturn.Of(department, done).Request; // kept for the correction notice if the review ends in a return

        var parallel = context.Get(Mode) == ReviewMode.Parallel;
        if (!parallel)
        {
            var next = members.FirstOrDefault(m => (string?)m["step"] == "waiting");
            if (done.Outcome == "Approved" && next is not null)
            {
                OpenReview(context, next, context.CorrelationId ?? "");
                return;
            }
            if (done.Outcome == "Rejected") await CaseRejection.DecideAsync(context, done.Actor, [CaseRejection.Of(department, done)]);
            if (done.Outcome == "Returned") await CaseReturn.ReturnAsync(context, done.Actor, [CaseReturn.Of(department, done)]);
            context.Complete(done.Outcome);
            return;
        }
        if (members.Any(m => (string?)m["step"] != "done")) return; // the other departments still review
        var decided = Decide(members.Select(m => (string)m["outcome"]!).ToList(), context.Get(Rule), context.Get(Share));
        if (decided == "Rejected")
            await CaseRejection.DecideAsync(context, done.Actor, members.Where(m => (string?)m["outcome"] == "Rejected")
                .Select(m => ((string)m["department"]!, (string?)m["reason"], (string?)m["legalBasis"])).ToList());
        if (decided == "Returned")
            await CaseReturn.ReturnAsync(context, done.Actor, members.Where(m => (string?)m["outcome"] == "Returned")
                .Select(m => ((string)m["department"]!, (string?)m["request"])).ToList());
        context.Complete(decided);
    }

    static void OpenReview(ActivityExecutionContext context, JsonObject member, string caseNumber)
    {
        var task = OpenTask(context, (string)member["department"]!, StaffRole.Reviewer, $"联审 {caseNumber}", DepartmentReview.ReviewOutcomes);
        member["step"] = "review";
        member["taskId"] = task.Id;
    }

    /// <summary>A return for revision wins (the case goes back whole); otherwise the pass rule decides.</summary>
    internal static string Decide(IReadOnlyList<string> outcomes, PassRule rule, decimal share)
    {
        if (outcomes.Contains("Returned")) return "Returned";
        var approved = outcomes.Count(o => o == "Approved");
        var passes = rule switch
        {
            PassRule.All => approved == outcomes.Count,
            PassRule.Any => approved > 0,
            _ => approved >= share * outcomes.Count,
        };
        return passes ? "Approved" : "Rejected";
    }
}
