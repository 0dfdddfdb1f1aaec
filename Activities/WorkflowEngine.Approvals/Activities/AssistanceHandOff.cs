using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Assistance;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// Asks another department for help under an item of the assistance list (行政协助): a task for the assisting department
/// with a clock of its own (owner <c>assistance</c>, the item's limit on calendar cn). The case's clock stops while it
/// waits when the case's matters say so. When the due date passes the supervisor of the assisting department is asked
/// to step in (督办) while the task stays open. Every request is kept for the department's assistance record.
/// </summary>
[Activity("Approvals", "政务审批", "行政协助：按协助事项清单请求协助部门办理，单独计时，逾期督办。Hands off to an assisting department under the assistance list.",
    DisplayName = "行政协助 Assistance hand-off", Kind = ActivityKind.Task)]
[FlowNode("Provided|已协助", "Declined|不予协助")]
public sealed class AssistanceHandOff : HumanTaskActivity
{
    public const string Provided = "Provided", Declined = "Declined", Urged = "Urged";

    [Input(DisplayName = "协助事项 Assistance item", OptionsProvider = "assistance-items", UIHint = UIHints.Dropdown, Required = true)]
    public Input<string> ItemCode { get; set; } = new();

    [Output(DisplayName = "协助结果 Result", Description = "The result provided, or the reason for declining.")]
    public Output<string> Result { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var db = context.GetRequiredService<ApprovalsDbContext>();
        var code = context.Get(ItemCode) ?? throw new InvalidOperationException("no assistance item chosen");
        var item = await db.AssistanceItems.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, context.CancellationToken)
            ?? throw new InvalidOperationException($"the assistance item '{code}' is not in the catalog");
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        var requestId = Guid.CreateVersion7().ToString("N");
        var limit = WorkingDuration.Parse(item.TimeLimit);
        var clock = await context.GetRequiredService<ClockService>().PrepareStartAsync(new ClockStartRequest("assistance", requestId, "cn", limit, limit,
            "system", $"行政协助：{item.Content}") { At = context.Now, InstanceId = context.InstanceId }, context.CancellationToken);
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), clock));
        // The task, the timer and the clock share one due date: the clock's committed deadline.
        var dueAt = clock.Status.CommittedDeadline;

        var task = OpenTask(context, item.AssistingDepartmentCode, StaffRole.Reviewer, $"协助 {@case.Number} {item.Content}", [Provided, Declined], dueAt,
            requiredFields: new() { [Provided] = ["result"], [Declined] = ["reason"] });
        context.CreateTimer(dueAt);
        context.Enlist(new ApprovalsChanges().Add(new AssistanceRequest
        {
            Id = requestId, CaseNumber = @case.Number, InstanceId = context.InstanceId, ItemCode = item.Code,
            RequestingDepartmentCode = item.RequestingDepartmentCode, AssistingDepartmentCode = item.AssistingDepartmentCode,
            RequestedAt = context.Now, DueAt = dueAt, TaskId = task.Id, ClockId = clock.Clock.Id,
        }));
        await CaseClockForAssistance.PauseAsync(context, @case, $"行政协助：{item.Content}");
        context.State["requestId"] = requestId;
        context.State["taskId"] = task.Id;
        context.Journal("AssistanceRequested", message: $"{item.RequestingDepartmentCode} → {item.AssistingDepartmentCode}: {item.Content}",
            data: new JsonObject { ["requestId"] = requestId, ["item"] = item.Code, ["dueAt"] = dueAt });
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var db = context.GetRequiredService<ApprovalsDbContext>();
        var request = await db.AssistanceRequests.AsNoTracking().FirstAsync(r => r.Id == (string)context.State["requestId"]!, context.CancellationToken);
        if (context.IsTimerResume)
        {
            await EscalateAsync(context, db, request);
            return;
        }
        var done = Completion(context);
        if (done.TaskId != request.TaskId)
        {
            // The supervisor urged the assisting department; the assistance itself is still awaited.
            context.Journal("AssistanceUrged", done.Actor, done.Outcome, done.Comment, new JsonObject { ["requestId"] = request.Id });
            context.State.Remove("escalationTaskId"); // the assisting department's task keeps its bookmark
            return;
        }
        await AnswerAsync(context, db, request, done);
    }

    async Task EscalateAsync(ActivityExecutionContext context, ApprovalsDbContext db, AssistanceRequest request)
    {
        request.EscalatedAt = context.Now;
        context.Enlist(new ApprovalsChanges().Update(request));
        context.PostMessage("assistance.overdue", new JsonObject
        {
            ["requestId"] = request.Id, ["caseNumber"] = request.CaseNumber, ["item"] = request.ItemCode,
            ["requestingDepartment"] = request.RequestingDepartmentCode, ["assistingDepartment"] = request.AssistingDepartmentCode,
            ["dueAt"] = request.DueAt,
        });
        context.Journal("AssistanceOverdue", message: $"{request.AssistingDepartmentCode} 逾期未协助，提请督办",
            data: new JsonObject { ["requestId"] = request.Id, ["dueAt"] = request.DueAt });
        var escalation = OpenTask(context, request.AssistingDepartmentCode, StaffRole.Supervisor,
            $"督办 逾期协助 {request.CaseNumber} {request.ItemCode}", [Urged]);
        context.State["escalationTaskId"] = escalation.Id; // the assisting department's task keeps its bookmark
    }

    async Task AnswerAsync(ActivityExecutionContext context, ApprovalsDbContext db, AssistanceRequest request, TaskCompletion done)
    {
        var result = done.Outcome == Provided ? done.Field("result") : done.Field("reason");
        request.AnsweredAt = context.Now;
        request.OnTime = context.Now <= request.DueAt;
        request.Outcome = done.Outcome;
        request.Result = result;
        context.Enlist(new ApprovalsChanges().Update(request));
        var clocks = context.GetRequiredService<ClockService>();
        context.Enlist(new ClockWrite(context.GetRequiredService<IClockStore>(), await clocks.PrepareAsync(request.ClockId,
            clock => clock.Complete(done.Actor, done.Outcome == Provided ? "协助完成" : "不予协助", context.Now), context.InstanceId,
            cancellationToken: context.CancellationToken)));
        if (context.State["escalationTaskId"] is { } escalationTaskId)
        {
            // Its bookmark is burned as this node completes: nothing is left to urge.
            var escalation = await db.HumanTasks.AsNoTracking().FirstAsync(t => t.Id == (string)escalationTaskId!, context.CancellationToken);
            escalation.Status = HumanTaskStatus.Cancelled;
            context.Enlist(new ApprovalsChanges().Update(escalation));
        }
        var @case = await context.GetRequiredService<CaseSession>().GetAsync(context);
        await CaseClockForAssistance.ResumeAsync(context, @case, request.Id);
        context.Journal("AssistanceAnswered", done.Actor, done.Outcome, result,
            new JsonObject { ["requestId"] = request.Id, ["onTime"] = request.OnTime });
        context.Set(Result, result ?? "");
        context.Complete(done.Outcome);
    }
}
