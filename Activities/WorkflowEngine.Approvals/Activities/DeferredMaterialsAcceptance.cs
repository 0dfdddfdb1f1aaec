using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Activities;

/// <summary>What happens when deferred materials miss their deadline; local rules differ.</summary>
public enum DeferralConsequence
{
    /// <summary>The case is returned: status NotAccepted (4), the acceptance falls away.</summary>
    ReturnCase,
    /// <summary>The case is terminated: status Annulled (15), with whatever was issued under the commitment.</summary>
    Terminate,
    /// <summary>The clock is paused for a grace period (default 15 working days); still missing then, the case is returned.</summary>
    PauseThenReturn,
}

/// <summary>
/// Incomplete-materials acceptance (容缺受理): on the applicant's signed commitment, issues the notice listing each missing
/// material, its deadline and the consequence, and waits for the materials or the deadline, whichever comes first.
/// </summary>
[Activity("Approvals", "政务审批", "容缺受理：凭申请人书面承诺，告知缺少的材料、补齐期限与逾期后果，等待补齐或期限届满。Deferred-materials acceptance.",
    DisplayName = "容缺受理 Deferred-materials acceptance", Kind = ActivityKind.Task)]
[FlowNode("Supplied|已补齐", "Missed|逾期未补齐")]
public sealed class DeferredMaterialsAcceptance : Activity
{
    [Input(DisplayName = "承诺书 Commitment", Description = "The applicant's signed commitment: its text or document number. Required.")]
    public Input<string> Commitment { get; set; } = new();

    [Input(DisplayName = "补齐期限 Deadline", Description = "Working time from now, e.g. 3d; at most the committed limit. Empty: the deadline the window set at intake, else the committed limit.")]
    public Input<string> Deadline { get; set; } = new();

    [Input(DisplayName = "逾期后果 Consequence")]
    public Input<DeferralConsequence> Consequence { get; set; } = new(DeferralConsequence.ReturnCase);

    [Input(DisplayName = "暂停期 Grace period", Description = "For PauseThenReturn: how long the clock stays paused before the case is returned.")]
    public Input<string> GracePeriod { get; set; } = new("15d");

    [Input(DisplayName = "工作日历 Calendar")]
    public Input<string> CalendarId { get; set; } = new("cn");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        var missing = Missing(@case);
        if (missing.Count == 0)
        {
            context.Complete("Supplied");
            return;
        }
        // Bad configuration faults before anything changes (the incident names the rule); the window's own deadline was checked at intake.
        var commitment = context.Get(Commitment);
        if (string.IsNullOrWhiteSpace(commitment)) throw new InvalidOperationException("deferred-materials acceptance needs the applicant's signed commitment (承诺书)");
        var limit = await CommittedLimits.ForAsync(context.GetRequiredService<ApprovalsDbContext>(), @case.PackageCode, @case.MatterCodes, context.CancellationToken);
        var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync(context.Get(CalendarId) ?? "cn", context.CancellationToken);
        DateTimeOffset dueAt;
        if (context.Get(Deadline) is { Length: > 0 } text)
        {
            var deadline = WorkingDuration.Parse(text);
            if (CommittedLimits.Exceeds(deadline, limit))
                throw new InvalidOperationException($"the deadline may not exceed the committed limit: {deadline} > {limit}");
            dueAt = calendar.AddWorkingTime(context.Now, deadline);
        }
        else dueAt = missing.Select(m => m.DeferredUntil).Max() ?? calendar.AddWorkingTime(context.Now, limit);

        var consequence = context.Get(Consequence);
        @case.Materials = @case.Materials.Select(m => m.Deferred && m.ReceivedAt is null ? m with { DeferredUntil = dueAt } : m).ToList();
        var known = await Supplements.KnownMaterialsAsync(context.GetRequiredService<ApprovalsDbContext>(), @case, context.CancellationToken);
        IssueNotice(context, @case, missing, dueAt, consequence, commitment, known);
        context.State["dueAt"] = dueAt;
        Wait(context, @case, dueAt);
        context.Journal("DeferredMaterialsAwaited", message: $"容缺材料 {string.Join("、", missing.Select(m => m.Name))} 须于 {dueAt:yyyy-MM-dd HH:mm} 前补齐；承诺书：{commitment}");
        session.Changed(context, @case);
    }

    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var session = context.GetRequiredService<CaseSession>();
        var @case = await session.GetAsync(context);
        var inGrace = context.State["grace"]?.GetValue<bool>() == true;
        if (!context.IsTimerResume)
        {
            var (materials, receivedBy) = Supplements.Read(context.ResumeInput ?? []);
            Supplements.Mark(@case, materials, context.Now);
            context.Journal("MaterialsSupplied", receivedBy, message: "补交容缺材料：" + string.Join("、", materials.Select(m => m.Name)));
            if (Missing(@case).Count > 0)
                context.CreateBookmark(Supplements.Stimulus(@case.Number)); // some still missing: wait for the rest; the deadline stands
            else
            {
                if (inGrace) await CaseClocks.ChangeAsync(context, @case, clock => clock.Resume(receivedBy, "容缺材料已补齐", context.Now));
                context.Complete("Supplied");
            }
            session.Changed(context, @case);
            return;
        }

        var consequence = context.Get(Consequence);
        if (consequence == DeferralConsequence.PauseThenReturn && !inGrace)
        {
            var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync(context.Get(CalendarId) ?? "cn", context.CancellationToken);
            var graceEnds = calendar.AddWorkingTime(context.Now, WorkingDuration.Parse(context.Get(GracePeriod) ?? "15d"));
            await CaseClocks.ChangeAsync(context, @case, clock => clock.Pause(PauseReason.Other, "system", "容缺材料逾期未补齐，暂停计时", context.Now));
            context.State["grace"] = true;
            context.State["dueAt"] = graceEnds;
            context.CreateTimer(graceEnds); // materials may still arrive through the bookmark that is still waiting
            context.Journal("DeferredMaterialsGrace", message: $"容缺材料逾期未补齐，暂停计时至 {graceEnds:yyyy-MM-dd}，届时仍未补齐的退回");
            session.Changed(context, @case);
            return;
        }
        await MissAsync(context, @case, consequence);
        session.Changed(context, @case);
    }

    static List<CaseMaterial> Missing(Case @case) => @case.Materials.Where(m => m.Deferred && m.ReceivedAt is null).ToList();

    static void Wait(ActivityExecutionContext context, Case @case, DateTimeOffset dueAt)
    {
        context.CreateBookmark(Supplements.Stimulus(@case.Number));
        context.CreateTimer(dueAt);
    }

    static async Task MissAsync(ActivityExecutionContext context, Case @case, DeferralConsequence consequence)
    {
        var missing = Missing(@case);
        @case.MoveTo(consequence == DeferralConsequence.Terminate ? CaseStatus.Annulled : CaseStatus.NotAccepted);
        @case.CompletedAt = context.Now;
        var why = consequence == DeferralConsequence.Terminate ? "容缺材料逾期未补齐，终止办理" : "容缺材料逾期未补齐，退回申请";
        await CaseClocks.ChangeAsync(context, @case, clock => clock.Complete("system", why, context.Now));
        context.Journal("DeferredMaterialsMissed", outcome: consequence.ToString(), message: why + "：" + string.Join("、", missing.Select(m => m.Name)));
        context.PostMessage("case.deferred-materials-missed", new JsonObject
        {
            ["caseNumber"] = @case.Number, ["consequence"] = consequence.ToString(), ["status"] = @case.Status.ToString(),
            ["materials"] = new JsonArray(missing.Select(m => (JsonNode)m.Code).ToArray()),
        });
        context.Complete("Missed");
    }

    static void IssueNotice(ActivityExecutionContext context, Case @case, List<CaseMaterial> missing, DateTimeOffset dueAt, DeferralConsequence consequence,
        string commitment, IReadOnlyDictionary<string, Catalog.MatterMaterial> known)
    {
        var what = consequence switch
        {
            DeferralConsequence.Terminate => "终止办理",
            DeferralConsequence.PauseThenReturn => "暂停计时，期满仍未补齐的退回申请",
            _ => "退回申请",
        };
        var content = $"办件编号：{@case.Number}。申请人：{@case.Applicant.Name}。容缺材料："
            + string.Join("；", missing.Select(m => $"{m.Code} {m.Name}（{known.GetValueOrDefault(m.Code)?.Form ?? "原件"}）：{dueAt.ToOffset(TimeSpan.FromHours(8)):yyyy年M月d日}前补齐"))
            + $"。逾期未补齐的，{what}。申请人承诺：{commitment}";
        // The intake's notice of this same step only named the materials; this one replaces it rather than adding a second.
        if (@case.Documents.Count > 0 && @case.Documents[^1] is { Kind: CaseDocumentKind.DeferredMaterialsNotice } earlier && earlier.IssuedAt == context.Now)
            @case.Documents[^1] = earlier with { Content = content };
        else CaseDocuments.Issue(@case, CaseDocumentKind.DeferredMaterialsNotice, context.Now, "容缺受理告知书", content);
    }
}
