using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// Instant approval (秒批): each matter's rule, a JavaScript condition over the submitted form, decides with no human.
/// When every matter of the case has a rule and every rule holds, the case is approved on the spot; otherwise it
/// falls through to human review. The rules and their verdicts are journaled.
/// </summary>
[Activity("Approvals", "政务审批", "秒批：按事项规则自动审批，规则不满足或无规则则转人工审查。Rule-based approval with no human; otherwise human review.",
    DisplayName = "秒批 Instant approval")]
[FlowNode("Approved|秒批通过", "NeedsReview|转人工审查")]
public sealed class InstantApproval : Activity
{
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        var rules = await context.GetRequiredService<ApprovalsDbContext>().Matters.AsNoTracking()
            .Where(m => @case.MatterCodes.Contains(m.Code)).Select(m => new { m.Code, m.InstantApprovalRule }).ToListAsync(context.CancellationToken);
        var javaScript = context.GetRequiredService<JavaScriptEvaluator>();
        var schema = @case.PackageCode is null ? null : await context.GetRequiredService<ApprovalsDbContext>().Packages.AsNoTracking()
            .Where(p => p.Code == @case.PackageCode).Select(p => p.FormSchema).FirstOrDefaultAsync(context.CancellationToken);
        var form = Workbench.FormSchema.Typed(Workbench.FormSchema.Fields(schema), JsonNode.Parse(@case.Form) as JsonObject ?? []);
        var verdicts = rules.Select(r => (r.Code, Holds: !string.IsNullOrWhiteSpace(r.InstantApprovalRule)
            && javaScript.EvaluateCondition(AsRule(r.InstantApprovalRule!), new FormGlobals(form)))).ToList();
        var approved = verdicts.Count == @case.MatterCodes.Count && verdicts.All(v => v.Holds);
        context.Journal("InstantApprovalRuled", outcome: approved ? "Approved" : "NeedsReview",
            message: string.Join("; ", verdicts.Select(v => $"{v.Code}: {(v.Holds ? "通过" : "不满足或无规则")}")));
        context.Complete(approved ? "Approved" : "NeedsReview");
    }

    /// <summary>A rule reads the form as <c>form</c> (as the catalog writes rules) or as <c>input</c>.</summary>
    static string AsRule(string rule) => $"(form => ({rule}))(input)";

    /// <summary>What a rule sees: the form as <c>input</c> (and <c>getInput</c>), nothing else.</summary>
    sealed class FormGlobals(JsonObject form) : IJavaScriptGlobals
    {
        static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> None = new Dictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>>();
        public JsonNode? GetVariable(string name) => null;
        public void SetVariable(string name, JsonNode? value) => throw new InvalidOperationException("an instant-approval rule cannot change anything");
        public JsonNode? GetInput(string name) => form[name];
        public IEnumerable<string> VariableNames => [];
        public IEnumerable<string> InputNames => form.Select(p => p.Key);
        public IReadOnlyDictionary<string, Func<IReadOnlyList<JsonNode?>, JsonNode?>> Functions => None;
    }
}
