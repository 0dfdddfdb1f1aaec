using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>The counter: who may take applications in, and the intake decisions recorded through the intake task.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class IntakeDeskTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await ApprovalsEngine.StartWithDemoAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    [Test]
    public async Task Only_a_window_clerk_takes_applications_in()
    {
        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.InScopeAsync<IntakeDesk, Case>(d =>
            d.ReceiveAsync(new NewCase(new Applicant("李四", "居民身份证", "110101199003071234"), "open-business"), Desk.Person("SAMR", StaffRole.Reviewer))));
        Assert.That(refused!.Code, Is.EqualTo("task-not-yours"));
    }

    [Test]
    public async Task The_checklist_lists_each_material_once_with_what_may_be_deferred()
    {
        var (materials, form) = await _engine.InScopeAsync<IntakeDesk, (IReadOnlyList<WorkflowEngine.Approvals.Catalog.MatterMaterial>, IReadOnlyList<FormField>)>(
            d => d.ChecklistAsync("open-restaurant", null));
        Assert.That(materials.Select(m => m.Code), Is.Unique);
        Assert.That(materials.Single(m => m.Code == "signboard-structure").Deferrable, Is.True);
        Assert.That(form.Single(f => f.Name == "shopName").Required, Is.True);
    }

    [Test]
    public async Task A_correction_notice_lists_what_to_correct_and_a_refusal_without_legal_basis_is_refused()
    {
        var @case = await _engine.OpenBusinessAsync(decide: false);
        var incomplete = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.InScopeAsync<IntakeDesk, Runtime.WorkflowRunResult>(d =>
            d.DecideAsync(@case.Number, Counter.Clerk, "Refuse", new JsonObject { ["reason"] = "不属于本机关职权" }, null)));
        Assert.That(incomplete!.Code, Is.EqualTo("completion-incomplete"));

        await _engine.InScopeAsync<IntakeDesk, Runtime.WorkflowRunResult>(d =>
            d.DecideAsync(@case.Number, Counter.Clerk, "CorrectionNotice", new JsonObject { ["missing"] = "公司章程缺少股东签字" }, null));
        var corrected = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(corrected.Status, Is.EqualTo(CaseStatus.CorrectionStarted));
        Assert.That(corrected.Documents.Last().Content, Does.Contain("公司章程缺少股东签字"));
        var again = await Assert.ThrowsAsync<CaseRefusedException>(() => _engine.InScopeAsync<IntakeDesk, Runtime.WorkflowRunResult>(d =>
            d.DecideAsync(@case.Number, Counter.Clerk, "Accept", null, null)));
        Assert.That(again!.Code, Is.EqualTo("no-intake-decision"));
    }
}
