using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// Waits for the applicant's rating (好差评) and keeps it on the case. A bad rating (不满意 or 非常不满意) requires a return
/// visit and a rectification (整改) by the responsible department within 5 to 15 working days. With a rating period, a
/// case not rated by its end counts as 满意 (satisfied).
/// </summary>
[Activity("Approvals", "政务审批", "好差评：等待申请人评价；差评须回访并在期限内整改。Waits for the applicant's rating; a bad rating is rectified.",
    DisplayName = "好差评 Evaluation", Kind = ActivityKind.Task)]
[FlowNode("Satisfied|好评", "Rectified|已整改")]
public sealed class Evaluation : HumanTaskActivity
{
    public const string ActivityType = "Approvals.Evaluation";
    public const int DefaultLevel = 4;
    static readonly string[] Labels = ["非常不满意", "不满意", "基本满意", "满意", "非常满意"];

    [Input(DisplayName = "整改部门 Responsible department", Description = "Rectifies a bad rating; the first matter's department when empty.",
        OptionsProvider = "departments", UIHint = UIHints.Dropdown)]
    public Input<string> Department { get; set; } = new();

    [Input(DisplayName = "整改期限 Rectification period", Description = "Working days, 5d to 15d by the published rule.")]
    public Input<string> RectificationPeriod { get; set; } = new("10d");

    [Input(DisplayName = "评价期限 Rating period", Description = "Optional, e.g. 15d: unrated by then counts as 满意.")]
    public Input<string> RatingPeriod { get; set; } = new();

    /// <summary>The stimulus the applicant's rating resumes.</summary>
    public static string Stimulus(string caseNumber) => "rating:" + caseNumber;

    /// <summary>The Chinese label of a level 1..5.</summary>
    public static string Label(int level) => Labels[level - 1];

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var period = context.Get(RatingPeriod);
        if (!string.IsNullOrWhiteSpace(period))
        {
            var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync("cn", context.CancellationToken);
            context.State["ratingDueAt"] = calendar.AddWorkingTime(context.Now, WorkingDuration.Parse(period));
        }
        context.State["step"] = "rating";
        AwaitRating(context);
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        if ((string?)context.State["step"] == "rectification")
        {
            var done = Completion(context);
            context.Journal("Rectified", done.Actor, done.Outcome, done.Field("measures"));
            context.Complete("Rectified");
            return;
        }
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        if (context.IsTimerResume)
        {
            @case.Rating = DefaultLevel;
            @case.RatingComment = "逾期未评价，默认满意";
            session.Changed(context, @case);
            context.Journal("CaseRated", "system", Label(DefaultLevel), @case.RatingComment);
            context.Complete("Satisfied");
            return;
        }
        var input = context.ResumeInput ?? [];
        if (input["level"]?.GetValueKind() != System.Text.Json.JsonValueKind.Number || input["level"]!.GetValue<int>() is < 1 or > 5)
        {
            // EvaluationService refuses these; whoever resumed directly gets a journal line and the case keeps waiting.
            context.Journal("RatingRefused", message: $"invalid rating: {input["level"]?.ToJsonString() ?? "none"}");
            context.CreateBookmark(Stimulus(context.CorrelationId!)); // the rating deadline, if any, still stands
            return;
        }
        var level = input["level"]!.GetValue<int>();
        var realName = input["realName"]?.GetValue<bool>() ?? true;
        @case.Rating = level;
        @case.RatingComment = (string?)input["comment"];
        session.Changed(context, @case);
        context.Journal("CaseRated", realName ? "applicant" : "anonymous", Label(level), @case.RatingComment);
        if (level >= 3)
        {
            context.Complete("Satisfied");
            return;
        }
        context.ClearBookmarks(); // the rating deadline no longer matters once the rectification is under way
        await OpenRectificationAsync(context, @case, level, realName);
    }

    void AwaitRating(ActivityExecutionContext context)
    {
        context.CreateBookmark(Stimulus(context.CorrelationId ?? throw new InvalidOperationException("this workflow instance belongs to no case")));
        if (context.State["ratingDueAt"] is { } dueAt) context.CreateTimer(dueAt.GetValue<DateTimeOffset>());
    }

    async Task OpenRectificationAsync(ActivityExecutionContext context, Case @case, int level, bool realName)
    {
        var period = WorkingDuration.Parse(context.Get(RectificationPeriod) ?? "10d");
        if (!period.IsWholeDays || period.WholeDays is < 5 or > 15)
            throw new InvalidOperationException($"the rectification period must be 5 to 15 working days, not {period}");
        var department = context.Get(Department);
        if (string.IsNullOrWhiteSpace(department))
        {
            var db = context.GetRequiredService<ApprovalsDbContext>();
            var first = @case.MatterCodes.First();
            department = await db.Matters.AsNoTracking().Where(m => m.Code == first).Select(m => m.DepartmentCode).FirstAsync(context.CancellationToken);
        }
        var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync("cn", context.CancellationToken);
        var dueAt = calendar.AddWorkingTime(context.Now, period);
        OpenTask(context, department, StaffRole.Approver, $"整改 {@case.Number} {Label(level)}：{@case.RatingComment}", ["Rectified"], dueAt,
            requiredFields: new() { ["Rectified"] = ["measures"] });
        context.Journal("ReturnVisitRequired", message: realName ? "实名差评：须回访申请人并整改" : "匿名差评：须整改",
            data: new JsonObject { ["department"] = department, ["dueAt"] = dueAt, ["realName"] = realName });
        context.PostMessage("evaluation.bad-rating", new JsonObject
        {
            ["caseNumber"] = @case.Number, ["level"] = level, ["label"] = Label(level), ["comment"] = @case.RatingComment,
            ["realName"] = realName, ["department"] = department, ["rectificationDueAt"] = dueAt,
        });
        context.State["step"] = "rectification";
    }
}
