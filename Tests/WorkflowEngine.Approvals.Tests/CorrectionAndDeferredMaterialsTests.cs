using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CorrectionAndDeferredMaterialsTests(TestDatabase database)
{
    static readonly Applicant Chen = new("陈记餐饮", "统一社会信用代码", "91440300MA5XXXXX1", "13800138000");
    static readonly Actor Clerk = new("clerk-01", "CENTRE", StaffRole.Clerk);
    static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    readonly TestClock _clock = new(new DateTimeOffset(2026, 9, 25, 10, 0, 0, Beijing));
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database, s => s.AddSingleton<TimeProvider>(_clock));
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("intake", "Approvals.UnifiedIntake")
            .Activity("clock", "Approvals.TimeLimit", ("operation", "Start"))
            .Activity("waitReview", "Elsa.Event", ("eventName", "js:'review-' + getInput('caseNumber')"))
            .Activity("reviewCorrection", "Approvals.CorrectionNotice", ("missing", "[\"M2\"]"))
            .Activity("intakeCorrection", "Approvals.CorrectionNotice")
            .Activity("deferredClock", "Approvals.TimeLimit", ("operation", "Start"))
            .Activity("deferred", "Approvals.DeferredMaterialsAcceptance", ("commitment", "承诺书 CN-2026-001"), ("consequence", "ReturnCase"))
            .Connect("start", "intake")
            .Connect("intake", "clock", "Accepted").Connect("clock", "waitReview").Connect("waitReview", "reviewCorrection")
            .Connect("intake", "intakeCorrection", "CorrectionNeeded")
            .Connect("intake", "deferredClock", "AcceptedWithDeferredMaterials").Connect("deferredClock", "deferred");
        await _engine.AddFoodLicenceAsync("P-DEFER", (await _engine.PublishAsync(flow.Build())).DefinitionId);
        await _engine.AddFoodLicenceAsync("P-TERMINATE", (await _engine.PublishAsync(Deferral(("consequence", "Terminate")).Build())).DefinitionId);
        await _engine.AddFoodLicenceAsync("P-GRACE", (await _engine.PublishAsync(Deferral(("consequence", "PauseThenReturn"), ("gracePeriod", "15d")).Build())).DefinitionId);
        var correctionWithDeadline = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("intake", "Approvals.UnifiedIntake")
            .Activity("correction", "Approvals.CorrectionNotice", ("deadline", "10d"))
            .Connect("start", "intake").Connect("intake", "correction", "CorrectionNeeded");
        await _engine.AddFoodLicenceAsync("P-CORRECT", (await _engine.PublishAsync(correctionWithDeadline.Build())).DefinitionId);
    }

    static Flow Deferral(params (string, string)[] inputs) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("intake", "Approvals.UnifiedIntake")
        .Activity("clock", "Approvals.TimeLimit", ("operation", "Start"))
        .Activity("deferred", "Approvals.DeferredMaterialsAcceptance", [("commitment", "承诺书 CN-2026-002"), .. inputs])
        .Connect("start", "intake").Connect("intake", "clock", "AcceptedWithDeferredMaterials").Connect("clock", "deferred");

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<Case> ReceiveAsync(string[] deferred, string? deferralDeadline = null, string package = "P-DEFER")
    {
        var @case = await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(Chen, PackageCode: package,
            MaterialsReceived: new[] { "M1", "M2", "M3" }.Except(deferred).ToList(), MaterialsDeferred: deferred, ReceivedBy: Clerk.UserId)
            { DeferralDeadline = deferralDeadline }));
        return @case;
    }

    async Task DecideIntakeAsync(Case @case, string outcome, JsonObject? data = null)
    {
        var task = (await _engine.TasksAsync(s => s.InboxAsync(Clerk))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, Clerk));
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, outcome, null, data));
    }

    Task<Case> CaseAsync(string number) => _engine.InScopeAsync<CaseService, Case>(async s => (await s.FindAsync(number))!);
    Task<Case> SupplyAsync(string number, params string[] codes) =>
        _engine.InScopeAsync<SupplementService, Case>(s => s.ReceiveSupplementAsync(number, codes, "clerk-02"));
    Task<int> FireTimersAsync() => _engine.Services.GetRequiredService<WorkflowEngine.Timers.TimerSweep>().FireDueAsync();
    async Task<IReadOnlyList<string>> OutcomesAsync(Case @case) =>
        (await _engine.JournalAsync(@case.InstanceId)).Select(j => j.Outcome).OfType<string>().ToList();

    [Test]
    public async Task Deferred_material_supplied_in_time_leaves_through_Supplied_with_no_consequence()
    {
        _clock.Set(new DateTimeOffset(2026, 9, 28, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync(["M3"], deferralDeadline: "3d");
        await DecideIntakeAsync(@case, "AcceptWithDeferredMaterials");
        var waiting = await CaseAsync(@case.Number);
        Assert.That(waiting.Materials.Single(m => m.Code == "M3").DeferredUntil, Is.Not.Null);
        Assert.That(waiting.Documents.Count(d => d.Kind == CaseDocumentKind.DeferredMaterialsNotice), Is.EqualTo(1));
        Assert.That(waiting.Documents.Last().Content, Does.Contain("M3").And.Contain("退回申请").And.Contain("CN-2026-001"));

        _clock.Advance(TimeSpan.FromDays(1));
        var supplied = await SupplyAsync(@case.Number, "M3");

        Assert.That(supplied.Materials.Single(m => m.Code == "M3").ReceivedAt, Is.EqualTo(_clock.GetUtcNow()));
        Assert.That(supplied.Status, Is.EqualTo(CaseStatus.Accepted));
        Assert.That(await OutcomesAsync(@case), Does.Contain("Supplied").And.Not.Contain("Missed"));
        _clock.Advance(TimeSpan.FromDays(30));
        await FireTimersAsync();
        Assert.That((await CaseAsync(@case.Number)).Status, Is.EqualTo(CaseStatus.Accepted));
    }

    [Test]
    public async Task Deferred_materials_not_supplied_by_deadline_returns_the_case()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync(["M3"], deferralDeadline: "3d");
        await DecideIntakeAsync(@case, "AcceptWithDeferredMaterials");

        _clock.Advance(TimeSpan.FromDays(7));
        await FireTimersAsync();

        var returned = await CaseAsync(@case.Number);
        Assert.That(returned.Status, Is.EqualTo(CaseStatus.NotAccepted));
        Assert.That(returned.CompletedAt, Is.Not.Null);
        Assert.That(await OutcomesAsync(@case), Does.Contain("Missed"));
        var journal = await _engine.JournalAsync(@case.InstanceId);
        Assert.That(journal.Any(j => j.Event == "DeferredMaterialsMissed"), Is.True);
        var late = await Assert.ThrowsAsync<CaseRefusedException>(() => SupplyAsync(@case.Number, "M3"));
        Assert.That(late!.Code, Is.EqualTo("case-closed"));
    }

    [Test]
    public async Task Correction_pauses_the_clock_and_the_supplement_resumes_it_moving_the_due_date_past_the_holiday()
    {
        _clock.Set(new DateTimeOffset(2026, 9, 25, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync([]);
        await DecideIntakeAsync(@case, "Accept");
        var clockId = (await CaseAsync(@case.Number)).ClockId!;
        var before = await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(clockId));

        _clock.Set(new DateTimeOffset(2026, 9, 28, 10, 0, 0, Beijing));
        await _engine.Runtime.ResumeAsync("Elsa.Event", "review-" + @case.Number, null);
        var paused = await CaseAsync(@case.Number);
        Assert.That(paused.Status, Is.EqualTo(CaseStatus.CorrectionStarted));
        Assert.That(paused.Documents.Last().Content, Does.Contain("M2"));
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(clockId))).Status.IsPaused, Is.True);

        _clock.Set(new DateTimeOffset(2026, 10, 9, 10, 0, 0, Beijing));
        var corrected = await SupplyAsync(@case.Number, "M2");

        Assert.That(corrected.Status, Is.EqualTo(CaseStatus.CorrectionEnded));
        var after = await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(clockId));
        Assert.That(after.Status.IsPaused, Is.False);
        var calendar = await _engine.InScopeAsync<IWorkingCalendars, WorkingCalendar>(c => c.GetAsync("cn"));
        // Neither the notice day nor the supplement day counts (the clock restarts the day after the supplement arrives):
        // 9-28, 9-29, 9-30, 10-8 and 10-9 are working days the applicant had, across the National Day holiday.
        var pausedDays = calendar.WorkingDaysBetween(new DateOnly(2026, 9, 27), new DateOnly(2026, 10, 9));
        Assert.That(pausedDays, Is.EqualTo(5));
        Assert.That(before.Status.CommittedDueDate, Is.EqualTo(new DateOnly(2026, 10, 9)));
        Assert.That(after.Status.CommittedDueDate, Is.EqualTo(calendar.AddWorkingDays(before.Status.CommittedDueDate, pausedDays)));
        Assert.That(after.Status.CommittedDueDate, Is.EqualTo(new DateOnly(2026, 10, 15)));
        Assert.That(await OutcomesAsync(@case), Does.Contain("Corrected"));
        Assert.That((await _engine.JournalAsync(@case.InstanceId)).Any(j => j.Event == "MaterialsSupplied" && j.Actor == "clerk-02"), Is.True);
    }

    [Test]
    public async Task A_correction_notice_later_than_five_days_after_receipt_accepts_the_case_from_the_day_it_was_received()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 16, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync([]);
        _clock.Advance(TimeSpan.FromDays(6));
        await DecideIntakeAsync(@case, "CorrectionNotice", new JsonObject { ["missing"] = "M2 营业执照复印件" });

        var accepted = await CaseAsync(@case.Number);
        Assert.That(accepted.Status, Is.EqualTo(CaseStatus.Accepted));
        Assert.That(accepted.AcceptedAt, Is.EqualTo(accepted.ReceivedAt));
        Assert.That(await OutcomesAsync(@case), Does.Contain("AcceptedFromReceipt"));
    }

    [Test]
    public async Task A_correction_notice_within_five_days_waits_for_the_supplement()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 16, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync([]);
        _clock.Advance(TimeSpan.FromDays(4));
        await DecideIntakeAsync(@case, "CorrectionNotice", new JsonObject { ["missing"] = "M2 营业执照复印件" });

        var waiting = await CaseAsync(@case.Number);
        Assert.That(waiting.Status, Is.EqualTo(CaseStatus.CorrectionStarted));
        Assert.That(waiting.Documents.Count(d => d.Kind == CaseDocumentKind.CorrectionNotice), Is.EqualTo(1), "one notice only");
        Assert.That((await SupplyAsync(@case.Number, "M2")).Status, Is.EqualTo(CaseStatus.CorrectionEnded));
    }

    [Test]
    public async Task A_supplement_of_an_unknown_material_is_refused_and_changes_nothing()
    {
        var @case = await ReceiveAsync(["M3"], deferralDeadline: "3d");
        await DecideIntakeAsync(@case, "AcceptWithDeferredMaterials");
        var before = await CaseAsync(@case.Number);

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => SupplyAsync(@case.Number, "M3", "X9"));

        Assert.That(refused!.Code, Is.EqualTo("unknown-material"));
        Assert.That(refused.Problems, Is.EqualTo(new[] { "X9" }));
        var after = await CaseAsync(@case.Number);
        Assert.That(after.Revision, Is.EqualTo(before.Revision));
        Assert.That(after.Materials.Single(m => m.Code == "M3").ReceivedAt, Is.Null);
    }

    [Test]
    public async Task A_deferral_deadline_past_the_committed_limit_is_refused_and_no_case_is_created()
    {
        var count = await _engine.InScopeAsync<WorkflowEngine.Approvals.Data.ApprovalsDbContext, int>(db => db.Cases.CountAsync());

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => ReceiveAsync(["M3"], deferralDeadline: "10d"));

        Assert.That(refused!.Code, Is.EqualTo("deferral-deadline-exceeds-committed-limit"));
        Assert.That(refused.Message, Does.Contain("may not exceed the committed limit"));
        Assert.That(await _engine.InScopeAsync<WorkflowEngine.Approvals.Data.ApprovalsDbContext, int>(db => db.Cases.CountAsync()), Is.EqualTo(count));
    }

    [Test]
    public async Task Deferred_materials_not_supplied_by_deadline_terminate_the_case_when_so_configured()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync(["M3"], deferralDeadline: "2d", package: "P-TERMINATE");
        await DecideIntakeAsync(@case, "AcceptWithDeferredMaterials");

        _clock.Advance(TimeSpan.FromDays(5));
        await FireTimersAsync();

        var terminated = await CaseAsync(@case.Number);
        Assert.That(terminated.Status, Is.EqualTo(CaseStatus.Annulled));
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(terminated.ClockId!))).Status.IsCompleted, Is.True);
    }

    [Test]
    public async Task Deferred_materials_late_pause_the_clock_for_the_grace_period_then_return_the_case()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync(["M3"], deferralDeadline: "2d", package: "P-GRACE");
        await DecideIntakeAsync(@case, "AcceptWithDeferredMaterials");

        _clock.Advance(TimeSpan.FromDays(5));
        await FireTimersAsync();
        var inGrace = await CaseAsync(@case.Number);
        Assert.That(inGrace.Status, Is.EqualTo(CaseStatus.Accepted));
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(inGrace.ClockId!))).Status.IsPaused, Is.True);

        _clock.Advance(TimeSpan.FromDays(10));
        await FireTimersAsync();
        Assert.That((await CaseAsync(@case.Number)).Status, Is.EqualTo(CaseStatus.Accepted), "15 working days are three weeks");

        _clock.Advance(TimeSpan.FromDays(14));
        await FireTimersAsync();
        Assert.That((await CaseAsync(@case.Number)).Status, Is.EqualTo(CaseStatus.NotAccepted));
        Assert.That(await OutcomesAsync(@case), Does.Contain("Missed"));
    }

    [Test]
    public async Task A_correction_not_supplied_by_its_deadline_returns_the_application()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 16, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync([], package: "P-CORRECT");
        await DecideIntakeAsync(@case, "CorrectionNotice", new JsonObject { ["missing"] = "M2 营业执照复印件" });

        _clock.Advance(TimeSpan.FromDays(20));
        await FireTimersAsync();

        var returned = await CaseAsync(@case.Number);
        Assert.That(returned.Status, Is.EqualTo(CaseStatus.NotAccepted));
        Assert.That(await OutcomesAsync(@case), Does.Contain("NotCorrected"));
    }

    [Test]
    public async Task A_supplement_on_a_closed_case_is_refused_and_changes_nothing()
    {
        _clock.Set(new DateTimeOffset(2026, 11, 16, 10, 0, 0, Beijing));
        var @case = await ReceiveAsync([]);
        await DecideIntakeAsync(@case, "Refuse", new JsonObject { ["reason"] = "不属于本机关职权", ["legalBasis"] = "《行政许可法》第三十二条" });
        var leader = new Actor("leader-01", "CENTRE", StaffRole.Supervisor); // the supervising leader approves the refusal (窗口无否决权)
        var report = (await _engine.TasksAsync(s => s.InboxAsync(leader))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(report.Id, leader));
        await _engine.TasksAsync(s => s.CompleteAsync(report.Id, leader, "ApproveRefusal", null));
        var before = await CaseAsync(@case.Number);

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => SupplyAsync(@case.Number, "M2"));

        Assert.That(refused!.Code, Is.EqualTo("case-closed"));
        var after = await CaseAsync(@case.Number);
        Assert.That(after.Revision, Is.EqualTo(before.Revision));
        Assert.That(after.Materials.Select(m => m.ReceivedAt), Is.EqualTo(before.Materials.Select(m => m.ReceivedAt)));
    }
}
