using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>
/// One notice of everything to correct (一次性告知补正): pauses the case clock until the supplement arrives, then resumes it.
/// Art. 32 of the Administrative Licensing Law: a notice not given within five days of receipt means the application
/// counts as accepted from the day it was received, so a late notice accepts the case instead.
/// </summary>
[Activity("Approvals", "政务审批", "一次性告知补正：列明全部需补正材料，暂停计时，补正后恢复。One notice of everything to correct; the clock stops until the supplement.",
    DisplayName = "补正告知 Correction notice", Kind = ActivityKind.Task)]
[FlowNode("Corrected|已补正", "NotCorrected|逾期未补正", "AcceptedFromReceipt|逾期告知视为受理")]
public sealed class CorrectionNotice : Activity
{
    /// <summary>"五日内" counts calendar days.</summary>
    public static readonly TimeSpan NoticePeriod = TimeSpan.FromDays(5);

    [Input(DisplayName = "需补正材料 Missing materials", Description = "Codes or names of what to correct, e.g. [\"M3\"] or a JavaScript list. Empty: the intake's notice, else the materials not yet received.")]
    public Input<List<string>> Missing { get; set; } = new();

    [Input(DisplayName = "补正期限 Deadline", Description = "Working time the applicant has, e.g. 30d; when it passes the case is returned. Empty: no deadline.")]
    public Input<string> Deadline { get; set; } = new();

    [Input(DisplayName = "工作日历 Calendar")]
    public Input<string> CalendarId { get; set; } = new("cn");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        // Only a notice before acceptance can come too late; a return for revision after acceptance is not an intake notice.
        if (@case.AcceptedAt is null && context.Now > @case.ReceivedAt + NoticePeriod)
        {
            AcceptFromReceipt(context, @case);
            session.Changed(context, @case);
            return;
        }
        var deadline = context.Get(Deadline) is { Length: > 0 } text ? WorkingDuration.Parse(text) : (WorkingDuration?)null;
        // The intake's one-time notice, when it has just been given, is the one notice; otherwise this activity gives it.
        var notice = @case.Status == CaseStatus.CorrectionStarted ? @case.Documents.LastOrDefault(d => d.Kind == CaseDocumentKind.CorrectionNotice) : null;
        // The notice's text is read back as the codes of the materials it names, so a supplement lacking one keeps the case waiting.
        var known = (await Supplements.KnownMaterialsAsync(context.GetRequiredService<Data.ApprovalsDbContext>(), @case, context.CancellationToken)).Values;
        if (notice is not null)
            context.State["awaiting"] = Codes(known.Where(m => notice.Content.Contains(m.Code, StringComparison.Ordinal) || notice.Content.Contains(m.Name, StringComparison.Ordinal)).Select(m => m.Code));
        else
        {
            var missing = context.Get(Missing) is { Count: > 0 } listed ? listed
                : @case.Materials.Where(m => m.ReceivedAt is null && !m.Deferred).Select(m => m.Name).ToList();
            context.State["awaiting"] = Codes(known.Where(m => missing.Contains(m.Code) || missing.Contains(m.Name)).Select(m => m.Code));
            if (missing.Count == 0) throw new InvalidOperationException("a correction notice needs the missing materials: set the Missing input");
            var names = missing.Select(m => @case.Materials.FirstOrDefault(x => x.Code == m)?.Name is { } name ? $"{m} {name}" : m);
            CaseDocuments.Issue(@case, CaseDocumentKind.CorrectionNotice, context.Now, "一次性告知书", "请补正以下材料：" + string.Join("、", names)
                + (deadline is null ? "" : $"；补正期限：{deadline}（工作日），逾期未补正的，退回申请。"));
        }
        @case.MoveTo(CaseStatus.CorrectionStarted);
        await CaseClocks.ChangeAsync(context, @case, clock => { if (!clock.IsPaused) clock.Pause(PauseReason.Correction, "system", "一次性告知补正", context.Now); });
        context.CreateBookmark(Supplements.Stimulus(@case.Number));
        if (deadline is { } period)
        {
            var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync(context.Get(CalendarId) ?? "cn", context.CancellationToken);
            context.CreateTimer(calendar.AddWorkingTime(context.Now, period));
        }
        session.Changed(context, @case);
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        if (context.IsTimerResume)
        {
            // Not corrected in time: returned as not accepted, or, if it was accepted already, decided as not approved.
            @case.MoveTo(@case.AcceptedAt is null ? CaseStatus.NotAccepted : CaseStatus.CompletedNotApproved);
            @case.CompletedAt = context.Now;
            await CaseClocks.ChangeAsync(context, @case, clock => clock.Complete("system", "逾期未补正，退回申请", context.Now));
            context.Journal("CorrectionNotSupplied", message: "逾期未补正，退回申请");
            context.PostMessage("case.correction-not-supplied", new JsonObject { ["caseNumber"] = @case.Number, ["status"] = @case.Status.ToString() });
            context.Complete("NotCorrected");
        }
        else
        {
            var (materials, receivedBy) = Supplements.Read(context.ResumeInput ?? []);
            Supplements.Mark(@case, materials, context.Now);
            var stillAwaited = (context.State["awaiting"] as JsonArray ?? []).Select(c => (string)c!).Except(materials.Select(m => m.Code)).ToList();
            if (stillAwaited.Count > 0)
            {
                // The notice listed more than arrived: the case keeps waiting, the clock stays stopped.
                context.State["awaiting"] = Codes(stillAwaited);
                context.Journal("MaterialsSupplied", receivedBy, message: "补正材料（部分）：" + string.Join("、", materials.Select(m => m.Name)) + "；尚缺：" + string.Join("、", stillAwaited),
                    data: new JsonObject { ["materials"] = new JsonArray(materials.Select(m => (JsonNode)m.Code).ToArray()) });
                context.CreateBookmark(Supplements.Stimulus(@case.Number));
                session.Changed(context, @case);
                return;
            }
            @case.MoveTo(CaseStatus.CorrectionEnded);
            await CaseClocks.ChangeAsync(context, @case, clock => { if (clock.IsPaused) clock.Resume(receivedBy, "补正材料已收到", context.Now); });
            context.Journal("MaterialsSupplied", receivedBy, "Corrected", "补正材料：" + string.Join("、", materials.Select(m => m.Name)),
                new JsonObject { ["materials"] = new JsonArray(materials.Select(m => (JsonNode)m.Code).ToArray()) });
            context.Complete("Corrected");
        }
        session.Changed(context, @case);
    }

    static JsonArray Codes(IEnumerable<string> codes) => new(codes.Distinct().Select(c => (JsonNode)c).ToArray());

    static void AcceptFromReceipt(ActivityExecutionContext context, Case @case)
    {
        @case.MoveTo(CaseStatus.Accepted);
        @case.AcceptedAt = @case.ReceivedAt;
        CaseDocuments.Issue(@case, CaseDocumentKind.AcceptanceNotice, context.Now, "受理通知书",
            $"未在收到申请之日起五日内一次告知补正，自收到申请之日（{@case.ReceivedAt:yyyy-MM-dd}）起即为受理。");
        context.Journal("AcceptedFromReceipt", outcome: "AcceptedFromReceipt",
            message: $"补正告知超过收件后五日（收件 {@case.ReceivedAt:yyyy-MM-dd}），依《行政许可法》第三十二条自收件之日起视为受理");
        context.Complete("AcceptedFromReceipt");
    }
}
