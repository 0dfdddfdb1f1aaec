using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CaseIntakeTests(TestDatabase database)
{
    static readonly Applicant Zhang = new("张三", "居民身份证", "110101199003071234", "13800138000");
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        var review = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("review", "Approvals.DepartmentReview", ("department", "SAMR"), ("title", "食品经营许可审查"))
            .Connect("start", "review");
        var definition = await _engine.PublishAsync(review.Build());
        await _engine.AddFoodLicenceAsync("P-FOOD", definition.DefinitionId);
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<Case> Apply(NewCase application) => _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(application));

    Task<(int Cases, long Instances)> CountAsync() => _engine.InScopeAsync<ApprovalsDbContext, (int, long)>(async db =>
        (await db.Cases.CountAsync(), await _engine.InScopeAsync<IWorkflowInstanceStore, InstancePage>(s => s.ListAsync(new InstanceQuery(PageSize: 1))) is var page ? page.TotalCount : 0));

    [Test]
    public async Task An_application_becomes_a_numbered_case_with_its_process_running_and_the_first_task_in_the_inbox()
    {
        var @case = await Apply(new NewCase(Zhang, PackageCode: "P-FOOD", Form: new JsonObject { ["shopName"] = "老张面馆" },
            MaterialsReceived: ["M1", "M2", "M3"], ReceivedBy: "clerk-01"));

        Assert.That(CaseNumber.IsValid(@case.Number), Is.True);
        var stored = await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number));
        Assert.That(stored!.Status, Is.EqualTo(CaseStatus.Received));
        Assert.That(stored.Applicant, Is.EqualTo(Zhang));
        Assert.That(stored.Materials.All(m => m.ReceivedAt is not null && !m.Deferred), Is.True);
        var instance = await _engine.LoadAsync(stored.InstanceId);
        Assert.That(instance!.CorrelationId, Is.EqualTo(@case.Number));
        Assert.That(instance.Input["form"]!["shopName"]!.GetValue<string>(), Is.EqualTo("老张面馆"));
        var inbox = await _engine.TasksAsync(s => s.InboxAsync(new Actor("li", "SAMR", StaffRole.Reviewer)));
        Assert.That(inbox.Any(t => t.CaseNumber == @case.Number), Is.True);
    }

    [Test]
    public async Task A_deferrable_material_may_be_promised_instead_of_handed_in()
    {
        var @case = await Apply(new NewCase(Zhang, PackageCode: "P-FOOD", MaterialsReceived: ["M1", "M2"], MaterialsDeferred: ["M3"]));

        var deferred = @case.Materials.Single(m => m.Code == "M3");
        Assert.That(deferred.Deferred, Is.True);
        Assert.That(deferred.ReceivedAt, Is.Null);
    }

    [TestCase(null, new[] { "NOPE-1" }, new[] { "M1" }, new string[0], "unknown-matter")]
    [TestCase("P-NOPE", null, new[] { "M1" }, new string[0], "unknown-package")]
    [TestCase("P-FOOD", null, new[] { "M1" }, new string[0], "required-material-missing")]
    [TestCase("P-FOOD", null, new[] { "M1", "M3" }, new[] { "M2" }, "material-not-deferrable")]
    [TestCase("P-FOOD", null, new[] { "M1", "M2", "M3", "M9" }, new string[0], "unknown-material")]
    public async Task Bad_applications_are_refused_with_a_clear_code_and_nothing_is_written(string? package, string[]? matters, string[] received, string[] deferred, string code)
    {
        var before = await CountAsync();

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => Apply(new NewCase(Zhang, package, matters, MaterialsReceived: received, MaterialsDeferred: deferred)));

        Assert.That(refused!.Code, Is.EqualTo(code));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task When_the_process_cannot_start_no_case_is_left_behind()
    {
        var before = await CountAsync();

        await Assert.ThrowsAsync<WorkflowEngine.Definitions.DefinitionNotFoundException>(() =>
            Apply(new NewCase(Zhang, PackageCode: "P-FOOD", MaterialsReceived: ["M1", "M2", "M3"]) { WorkflowDefinitionId = "retired-or-missing" }));

        Assert.That(await CountAsync(), Is.EqualTo(before));
    }
}
