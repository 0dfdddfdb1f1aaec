using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Assistance;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>Assistance asked for from the workbench: under the department's own items of the assistance list, by someone working on the case.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class AssistanceDeskTests(TestDatabase database)
{
    static readonly Actor SamrReviewer = Desk.Person("SAMR", StaffRole.Reviewer);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await ApprovalsEngine.StartWithDemoAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<WorkflowRunResult> Request(string number, Actor actor, string item) =>
        _engine.InScopeAsync<AssistanceDesk, WorkflowRunResult>(d => d.RequestAsync(number, actor, item));

    [Test]
    public async Task A_reviewer_asks_public_security_to_verify_the_legal_representative_and_the_answer_counts_on_time()
    {
        var @case = await _engine.OpenBusinessAsync();
        var licence = (await _engine.TaskAsync("SAMR", StaffRole.Reviewer, @case.Number))!;
        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => Request(@case.Number, SamrReviewer, "AST-LEGAL-REP-ID"));
        Assert.That(refused!.Code, Is.EqualTo("task-not-claimed"));
        await _engine.TasksAsync(s => s.ClaimAsync(licence.Id, SamrReviewer));

        await Request(@case.Number, SamrReviewer, "AST-LEGAL-REP-ID");
        var verification = await _engine.TaskAsync("PSB", StaffRole.Reviewer, @case.Number);
        Assert.That(verification!.Title, Does.Contain("法定代表人身份信息核验"));
        var psb = await _engine.InScopeAsync<CaseAccess, CaseFile>(a => a.OpenAsync(@case.Number, Desk.Person("PSB", StaffRole.Reviewer)));
        Assert.That(psb.VisibleMaterials.Select(m => m.Code), Does.Not.Contain("registration-application"), "the assisting department sees its own share only");

        await _engine.ActAsync("PSB", StaffRole.Reviewer, @case.Number, "Provided", new JsonObject { ["result"] = "身份信息一致" });
        var request = await _engine.InScopeAsync<ApprovalsDbContext, AssistanceRequest>(db => db.AssistanceRequests.SingleAsync(r => r.CaseNumber == @case.Number));
        Assert.That((request.Outcome, request.OnTime), Is.EqualTo(("Provided", (bool?)true)));
    }

    [Test]
    public async Task An_item_of_another_department_cannot_be_asked_for()
    {
        var @case = await _engine.OpenBusinessAsync();
        var licence = (await _engine.TaskAsync("SAMR", StaffRole.Reviewer, @case.Number))!;
        await _engine.TasksAsync(s => s.ClaimAsync(licence.Id, SamrReviewer));
        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => Request(@case.Number, SamrReviewer, "AST-BIRTH-CERT"));
        Assert.That(refused!.Code, Is.EqualTo("assistance-item-not-yours"));
        Assert.That(await _engine.TaskAsync("HEALTH", StaffRole.Reviewer, @case.Number), Is.Null);
    }
}
