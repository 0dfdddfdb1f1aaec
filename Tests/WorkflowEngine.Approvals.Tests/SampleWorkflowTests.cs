using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Samples;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using WorkflowEngine.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowEngine.Tests.Approvals;

/// <summary>The sample workflows on the demo catalog, walked as the people at the counter and in the departments would.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SampleWorkflowTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await ApprovalsEngine.StartWithDemoAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    [Test]
    public async Task Every_sample_workflow_is_published_and_runs_its_package()
    {
        var packages = await _engine.InScopeAsync<ApprovalsDbContext, Dictionary<string, string?>>(db =>
            db.Packages.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.WorkflowDefinitionId));

        Assert.That(SampleWorkflows.PackageCodes, Has.Count.EqualTo(6));
        foreach (var code in SampleWorkflows.PackageCodes)
        {
            Assert.That(packages[code], Is.EqualTo(SampleWorkflows.DefinitionIdOf(code)), code);
            var versions = await _engine.InScopeAsync<IWorkflowDefinitionStore, IReadOnlyList<WorkflowDefinition>>(s => s.ListVersionsAsync(SampleWorkflows.DefinitionIdOf(code)));
            Assert.That(versions.Single().IsPublished, Is.True, code);
        }
    }

    [Test]
    public async Task Loading_the_samples_again_changes_nothing()
    {
        await SampleWorkflows.LoadAsync(_engine.Services);

        var versions = await _engine.InScopeAsync<IWorkflowDefinitionStore, IReadOnlyList<WorkflowDefinition>>(s => s.ListVersionsAsync(SampleWorkflows.DefinitionIdOf("open-business")));
        Assert.That(versions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_business_is_opened_licence_first_then_five_departments_in_parallel_and_issued_at_the_single_window()
    {
        var required = await _engine.InScopeAsync<ApprovalsDbContext, List<string>>(async db =>
        {
            var package = await db.Packages.AsNoTracking().SingleAsync(p => p.Code == "open-business");
            var codes = package.Members.Select(m => m.MatterCode).ToList();
            var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync();
            return matters.SelectMany(m => m.Materials).Where(m => m.Required).Select(m => m.Code).Distinct().ToList();
        });
        var @case = await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(
            new Applicant("孙八", "居民身份证", "330106198807071234", "13500135000", "杭州某某咖啡有限公司"),
            PackageCode: "open-business", Form: new JsonObject { ["companyName"] = "杭州某某咖啡有限公司" }, MaterialsReceived: required, ReceivedBy: "clerk-01")));

        await ActAsync("CENTRE", StaffRole.Clerk, @case.Number, "Accept");
        await DecideAsync("SAMR", @case.Number);
        foreach (var department in new[] { "PSB", "TAX", "HRSS", "HPF", "BANK" })
            await DecideAsync(department, @case.Number);
        var result = await ActAsync("CENTRE", StaffRole.SingleWindow, @case.Number, "AtWindow", new JsonObject { ["identityChecked"] = "居民身份证 330106198807071234" });
        Assert.That(result.Status, Is.EqualTo(WorkflowStatus.Running), "issued, the case waits for the applicant's rating (好差评)");
        await _engine.InScopeAsync<EvaluationService, bool>(async s => { await s.RateAsync(@case.Number, 5, "办事很快"); return true; });

        Assert.That((await _engine.LoadAsync(result.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
        var done = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(done.Status, Is.EqualTo(CaseStatus.CompletedApproved));
        Assert.That(done.Documents.Select(d => d.Kind), Is.EqualTo(new[] { CaseDocumentKind.Receipt, CaseDocumentKind.AcceptanceNotice, CaseDocumentKind.DecisionNotice, CaseDocumentKind.Licence, CaseDocumentKind.DeliveryRecord }));
        Assert.That(done.Documents.Single(d => d.Kind == CaseDocumentKind.Licence).Content, Does.Contain("营业执照").And.Contain("杭州某某咖啡有限公司").And.Contain(@case.Number + "-L01"),
            "the business licence names its number, its holder and the issuing department");
        var clock = await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(done.ClockId!));
        Assert.That(clock.Status.IsCompleted, Is.True);
        var journal = await _engine.JournalAsync(done.InstanceId);
        Assert.That(journal.Count(j => j.Event == "TaskCompleted"), Is.EqualTo(1 + 2 + 5 * 2 + 1), "intake, licence review and decision, five departments' review and decision, issue");
    }

    [Test]
    public async Task A_business_refused_by_one_parallel_department_is_completed_as_not_approved_with_a_written_decision_and_its_clock_stopped()
    {
        var @case = await ApplyWithAllRequiredAsync("open-business", new Applicant("郑七", "居民身份证", "330106198807071299", "13500135099", "杭州某某茶饮有限公司"));
        await ActAsync("CENTRE", StaffRole.Clerk, @case.Number, "Accept");
        await DecideAsync("SAMR", @case.Number);
        foreach (var department in new[] { "TAX", "HRSS", "HPF", "BANK" })
            await DecideAsync(department, @case.Number);
        await ActAsync("PSB", StaffRole.Reviewer, @case.Number, "Pass");
        var result = await ActAsync("PSB", StaffRole.Approver, @case.Number, "Rejected",
            new JsonObject { ["reason"] = "申请刻制的印章名称与登记名称不一致", ["legalBasis"] = "《印铸刻字业暨印章治安管理办法》" });

        Assert.That(result.Status, Is.EqualTo(WorkflowStatus.Running), "decided, it waits for the applicant's rating (好差评)");
        Assert.That(await HasTaskAsync("CENTRE", StaffRole.SingleWindow, @case.Number), Is.False, "nothing to issue");
        var done = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(done.Status, Is.EqualTo(CaseStatus.CompletedNotApproved));
        Assert.That(done.CompletedAt, Is.Not.Null);
        var decision = done.Documents.Single(d => d.Kind == CaseDocumentKind.DecisionNotice);
        Assert.That(decision.Title, Is.EqualTo("不予许可决定书"));
        Assert.That(decision.Content, Does.Contain("PSB").And.Contain("印章名称与登记名称不一致").And.Contain("印铸刻字业"));
        var clock = await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(done.ClockId!));
        Assert.That(clock.Status.IsCompleted, Is.True, "a decided case no longer runs against its limit");
        Assert.That((await _engine.OutboxAsync(CaseEvents.Completed)).Count(o => o.InstanceId == done.InstanceId), Is.EqualTo(1), "integrators hear of the decision");
    }

    [Test]
    public async Task A_newborn_is_registered_department_after_department_in_the_serial_order_of_the_package()
    {
        var @case = await ApplyWithAllRequiredAsync("newborn", new Applicant("周九", "居民身份证", "510104199109091234", "13300133000"));
        await ActAsync("CENTRE", StaffRole.Clerk, @case.Number, "Accept");

        string[] chain = ["HEALTH", "PSB", "MEDINS", "HRSS", "TAX"];
        for (var i = 0; i < chain.Length; i++)
        {
            foreach (var later in chain.Skip(i + 1))
                Assert.That(await HasTaskAsync(later, StaffRole.Reviewer, @case.Number), Is.False, $"{later} must wait for {chain[i]}");
            await DecideAsync(chain[i], @case.Number);
        }
        await ActAsync("CENTRE", StaffRole.SingleWindow, @case.Number, "Electronic", new JsonObject { ["certificateNumber"] = "EC-2026-000123" });

        var done = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(done.Status, Is.EqualTo(CaseStatus.CompletedApproved));
    }

    [Test]
    public async Task A_restaurant_accepted_with_a_deferred_material_is_issued_at_once_and_finishes_when_the_material_arrives()
    {
        var @case = await ApplyWithAllRequiredAsync("open-restaurant", new Applicant("吴十", "居民身份证", "420102199002021234", "13200132000", "武汉某某面馆"),
            deferred: ["signboard-structure"]);
        await ActAsync("CENTRE", StaffRole.Clerk, @case.Number, "AcceptWithDeferredMaterials");
        foreach (var department in new[] { "SAMR", "URBAN", "FIRE", "HEALTH" })
            await DecideAsync(department, @case.Number);
        await ActAsync("CENTRE", StaffRole.SingleWindow, @case.Number, "AtWindow", new JsonObject { ["identityChecked"] = "居民身份证" });

        var issued = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(issued.Status, Is.EqualTo(CaseStatus.CompletedApprovedUnderDeferredMaterials));
        Assert.That((await _engine.LoadAsync(issued.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Running), "the promised material is still awaited");

        await _engine.InScopeAsync<SupplementService, bool>(async s => { await s.ReceiveSupplementAsync(@case.Number, ["signboard-structure"], "clerk-01"); return true; });
        await _engine.InScopeAsync<EvaluationService, bool>(async s => { await s.RateAsync(@case.Number, 4, null); return true; });

        Assert.That((await _engine.LoadAsync(issued.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
        var supplied = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(supplied.Materials.Single(m => m.Code == "signboard-structure").ReceivedAt, Is.Not.Null);
    }

    [Test]
    public async Task A_restaurant_whose_deferred_material_never_arrives_is_returned_when_the_promised_deadline_passes()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var engine = await ApprovalsEngine.StartWithDemoAsync(database, s => s.AddSingleton<TimeProvider>(clock));
        var @case = await ApplyWithAllRequiredAsync("open-restaurant", new Applicant("郑一", "居民身份证", "420102199003031234", "13100131000"),
            deferred: ["fire-safety-rules"], on: engine, deferralDeadline: "3d");
        await engine.ActAsync("CENTRE", StaffRole.Clerk, @case.Number, "AcceptWithDeferredMaterials");

        clock.Advance(TimeSpan.FromDays(7)); // past three working days after Monday 2 March 2026
        await engine.Services.GetRequiredService<TimerSweep>().FireDueAsync();

        var returned = (await engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(returned.Status, Is.EqualTo(CaseStatus.NotAccepted));
        Assert.That((await engine.LoadAsync(returned.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished), "the review was stopped with it");
        Assert.That((await engine.JournalAsync(returned.InstanceId)).Any(j => j.Event == "DeferredMaterialsMissed"), Is.True);
        Assert.That(await engine.TaskAsync("FIRE", StaffRole.Reviewer, @case.Number), Is.Null, "no department keeps working on a returned case");
    }

    async Task<Case> ApplyWithAllRequiredAsync(string packageCode, Applicant applicant, string[]? deferred = null, TestEngine? on = null, string? deferralDeadline = null)
    {
        var engine = on ?? _engine;
        var required = await engine.InScopeAsync<ApprovalsDbContext, List<string>>(async db =>
        {
            var package = await db.Packages.AsNoTracking().SingleAsync(p => p.Code == packageCode);
            var codes = package.Members.Select(m => m.MatterCode).ToList();
            var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync();
            return matters.SelectMany(m => m.Materials).Where(m => m.Required).Select(m => m.Code).Distinct().ToList();
        });
        return await engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(applicant, PackageCode: packageCode,
            MaterialsReceived: required.Except(deferred ?? []).ToList(), MaterialsDeferred: deferred) { DeferralDeadline = deferralDeadline }));
    }

    async Task<bool> HasTaskAsync(string department, StaffRole role, string caseNumber) =>
        await _engine.TaskAsync(department, role, caseNumber) is not null;

    Task<WorkflowRunResult> ActAsync(string department, StaffRole role, string caseNumber, string outcome, JsonObject? data = null) =>
        _engine.ActAsync(department, role, caseNumber, outcome, data);

    Task DecideAsync(string department, string caseNumber) => _engine.DecideAsync(department, caseNumber);
}
