using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Supervision;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Persistence;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class UnifiedIntakeTests(TestDatabase database)
{
    static readonly Applicant Wang = new("王五", "居民身份证", "440301198805061234", "13900139000");
    static readonly Actor Clerk = new("clerk-01", "CENTRE", StaffRole.Clerk);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        await _engine.AddFoodLicenceAsync("P-INTAKE", (await _engine.PublishAsync(IntakeFlow())).DefinitionId);
    }

    static System.Text.Json.Nodes.JsonObject IntakeFlow() => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("intake", "Approvals.UnifiedIntake")
        .Activity("review", "Approvals.DepartmentReview", ("department", "SAMR"))
        .Activity("deferred", "Approvals.DepartmentReview", ("department", "SAMR"))
        .Activity("correction", "Elsa.End")
        .Activity("refused", "Elsa.End")
        .Connect("start", "intake").Connect("intake", "review", "Accepted").Connect("intake", "deferred", "AcceptedWithDeferredMaterials")
        .Connect("intake", "correction", "CorrectionNeeded").Connect("intake", "refused", "Refused")
        .Build();

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<(Case Case, HumanTask Task)> ReceiveAsync(params string[] deferred)
    {
        var @case = await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(Wang, PackageCode: "P-INTAKE",
            MaterialsReceived: new[] { "M1", "M2", "M3" }.Except(deferred).ToList(), MaterialsDeferred: deferred, ReceivedBy: Clerk.UserId)));
        var task = (await _engine.TasksAsync(s => s.InboxAsync(Clerk))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, Clerk));
        return (@case, task);
    }

    Task<Case?> CaseAsync(string number) => _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(number));

    [Test]
    public async Task Accepting_issues_the_acceptance_notice_and_sends_the_case_to_the_department()
    {
        var (@case, task) = await ReceiveAsync();

        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "Accept", null));

        var stored = await CaseAsync(@case.Number);
        Assert.That(stored!.Status, Is.EqualTo(CaseStatus.Accepted));
        Assert.That(stored.AcceptedAt, Is.Not.Null);
        Assert.That(stored.Documents.Select(d => d.Kind), Is.EqualTo(new[] { CaseDocumentKind.Receipt, CaseDocumentKind.AcceptanceNotice }));
        var reviews = await _engine.TasksAsync(s => s.InboxAsync(new Actor("li", "SAMR", StaffRole.Reviewer)));
        Assert.That(reviews.Any(t => t.CaseNumber == @case.Number), Is.True);
    }

    [Test]
    public async Task Accepting_with_deferred_materials_lists_each_missing_material_in_the_notice()
    {
        var (@case, task) = await ReceiveAsync("M3");

        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "AcceptWithDeferredMaterials", "申请人已签署承诺书"));

        var notice = (await CaseAsync(@case.Number))!.Documents.Single(d => d.Kind == CaseDocumentKind.DeferredMaterialsNotice);
        Assert.That(notice.Content, Does.Contain("食品安全管理制度"));
    }

    [Test]
    public async Task A_refusal_without_reason_and_legal_basis_is_refused_and_changes_nothing()
    {
        var (@case, task) = await ReceiveAsync();

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() =>
            _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "Refuse", null, new JsonObject { ["reason"] = "不属于本机关职权" })));

        Assert.That(refused!.Code, Is.EqualTo("completion-incomplete"));
        Assert.That(refused.Message, Does.Contain("legalBasis"));
        Assert.That((await CaseAsync(@case.Number))!.Status, Is.EqualTo(CaseStatus.Received));
    }

    [Test]
    public async Task A_refusal_issues_the_refusal_notice_and_reaches_the_supervisor()
    {
        var (@case, task) = await ReceiveAsync();

        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "Refuse", null,
            new JsonObject { ["reason"] = "申请事项不属于本机关职权范围，请向区卫生健康局申请", ["legalBasis"] = "《中华人民共和国行政许可法》第三十二条" }));
        var proposed = await CaseAsync(@case.Number);
        Assert.That(proposed!.Status, Is.EqualTo(CaseStatus.Received), "窗口无否决权: the refusal waits for the supervising leader");
        Assert.That(proposed.Documents.Select(d => d.Kind), Does.Not.Contain(CaseDocumentKind.RefusalNotice), "the applicant is not told yet");
        await DecideRefusalAsync(@case, "ApproveRefusal");

        var stored = await CaseAsync(@case.Number);
        Assert.That(stored!.Status, Is.EqualTo(CaseStatus.Refused));
        Assert.That(stored.Documents.Single(d => d.Kind == CaseDocumentKind.RefusalNotice).Content, Does.Contain("第三十二条"));
        var reports = await _engine.InScopeAsync<WorkflowDbContext, List<string?>>(db => Task.FromResult(
            db.Outbox.Where(o => o.InstanceId == stored.InstanceId && o.Topic == "case.refusal-reported").Select(o => o.Payload).ToList()));
        Assert.That(reports.Single(), Does.Contain("clerk-01").And.Contain("第三十二条"));

        var pending = await _engine.InScopeAsync<RefusalReports, IReadOnlyList<RefusalReport>>(s => s.ListAsync());
        var report = pending.Single(r => r.CaseNumber == @case.Number);
        Assert.That((report.RefusedBy, report.ApplicantPhone, report.LegalBasis), Is.EqualTo(("clerk-01", "13900139000", "《中华人民共和国行政许可法》第三十二条")));
        await _engine.InScopeAsync<RefusalReports, RefusalReport>(s => s.ReviewAsync(report.Id, "supervisor-01", "拒绝理由成立，已告知申请人向区卫生健康局申请"));
        Assert.That((await _engine.InScopeAsync<RefusalReports, IReadOnlyList<RefusalReport>>(s => s.ListAsync())).Any(r => r.CaseNumber == @case.Number), Is.False);
        var review = await Assert.ThrowsAsync<CaseRefusedException>(() => _engine.InScopeAsync<RefusalReports, RefusalReport>(s => s.ReviewAsync(report.Id, "supervisor-02", "再看")));
        Assert.That(review!.Code, Is.EqualTo("refusal-report-reviewed"));
    }

    [Test]
    public async Task A_refusal_the_leader_does_not_approve_goes_back_to_the_window_to_be_taken_in()
    {
        var (@case, task) = await ReceiveAsync();
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "Refuse", null, new JsonObject { ["reason"] = "材料不齐", ["legalBasis"] = "第三十二条" }));

        await DecideRefusalAsync(@case, "RejectRefusal");

        var back = (await _engine.TasksAsync(s => s.InboxAsync(Clerk))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(back.Id, Clerk));
        await _engine.TasksAsync(s => s.CompleteAsync(back.Id, Clerk, "Accept", null));
        Assert.That((await CaseAsync(@case.Number))!.Status, Is.EqualTo(CaseStatus.Accepted));
    }

    [Test]
    public async Task Without_the_approval_policy_the_window_refusal_takes_effect_at_once()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database, s => s.Configure<WorkflowEngine.Approvals.ApprovalsOptions>(o => o.RefusalNeedsApproval = false));
        await engine.AddFoodLicenceAsync("P-NOW", (await engine.PublishAsync(IntakeFlow())).DefinitionId);
        var @case = await engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(Wang, PackageCode: "P-NOW", MaterialsReceived: ["M1", "M2", "M3"])));
        var task = (await engine.TasksAsync(s => s.InboxAsync(Clerk))).Single(t => t.CaseNumber == @case.Number);
        await engine.TasksAsync(s => s.ClaimAsync(task.Id, Clerk));
        await engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "Refuse", null, new JsonObject { ["reason"] = "材料不齐", ["legalBasis"] = "第三十二条" }));

        var refused = (await engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(refused.Status, Is.EqualTo(CaseStatus.Refused));
    }

    async Task DecideRefusalAsync(Case @case, string outcome)
    {
        var leader = new Actor("leader-01", "CENTRE", StaffRole.Supervisor);
        var task = (await _engine.TasksAsync(s => s.InboxAsync(leader))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, leader));
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, leader, outcome, "分管领导意见"));
    }

    [Test]
    public async Task A_correction_notice_lists_everything_missing_at_once_and_marks_the_correction_started()
    {
        var (@case, task) = await ReceiveAsync();

        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Clerk, "CorrectionNotice", null, new JsonObject { ["missing"] = "营业执照复印件（需加盖公章）、平面布局图" }));

        var stored = await CaseAsync(@case.Number);
        Assert.That(stored!.Status, Is.EqualTo(CaseStatus.CorrectionStarted));
        Assert.That(stored.Documents.Single(d => d.Kind == CaseDocumentKind.CorrectionNotice).Content, Does.Contain("平面布局图"));
    }
}
