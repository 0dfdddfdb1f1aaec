using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class InstantApprovalAndIssueTests(TestDatabase database)
{
    static readonly Applicant Company = new("李四", "居民身份证", "310101199201011234", "13700137000", "上海某某科技有限公司");
    static readonly Actor Window = new("window-02", "CENTRE", StaffRole.SingleWindow);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("rules", "Approvals.InstantApproval")
            .Activity("review", "Approvals.DepartmentReview", ("department", "SAMR"))
            .Activity("issue", "Approvals.SingleWindowIssue")
            .Activity("end", "Elsa.End")
            .Connect("start", "rules").Connect("rules", "issue", "Approved").Connect("rules", "review", "NeedsReview")
            .Connect("review", "issue", "Approved").Connect("issue", "end", "Issued");
        await _engine.AddCompanyRegistrationAsync("P-REG", (await _engine.PublishAsync(flow.Build())).DefinitionId);
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<Case> ApplyAsync(JsonObject form) => _engine.InScopeAsync<CaseService, Case>(s =>
        s.CreateAsync(new NewCase(Company, PackageCode: "P-REG", Form: form, MaterialsReceived: ["R1"])));

    async Task<IReadOnlyList<HumanTask>> InboxOfAsync(Actor actor, string caseNumber) =>
        (await _engine.TasksAsync(s => s.InboxAsync(actor))).Where(t => t.CaseNumber == caseNumber).ToList();

    [Test]
    public async Task A_case_that_meets_the_rule_is_approved_with_no_human_and_goes_straight_to_the_window()
    {
        var @case = await ApplyAsync(new JsonObject { ["nameCheck"] = "passed", ["addressOnRegister"] = true, ["legalRepresentative"] = "李四" });

        Assert.That(await InboxOfAsync(new Actor("li", "SAMR", StaffRole.Reviewer), @case.Number), Is.Empty, "no reviewer was involved");
        Assert.That(await InboxOfAsync(Window, @case.Number), Has.Count.EqualTo(1));
        var journal = await _engine.JournalAsync(@case.InstanceId);
        Assert.That(journal.Single(j => j.Event == "InstantApprovalRuled").Outcome, Is.EqualTo("Approved"));
    }

    [Test]
    public async Task A_case_that_fails_the_rule_falls_through_to_human_review()
    {
        var @case = await ApplyAsync(new JsonObject
        {
            ["nameCheck"] = "passed", ["addressOnRegister"] = true, ["legalRepresentative"] = "李四", ["dishonestList"] = new JsonArray("李四"),
        });

        Assert.That(await InboxOfAsync(new Actor("li", "SAMR", StaffRole.Reviewer), @case.Number), Has.Count.EqualTo(1));
        Assert.That(await InboxOfAsync(Window, @case.Number), Is.Empty);
    }

    [Test]
    public async Task Issuing_by_post_needs_a_tracking_number_then_records_the_delivery_and_completes_the_case()
    {
        var @case = await ApplyAsync(new JsonObject { ["nameCheck"] = "passed", ["addressOnRegister"] = true, ["legalRepresentative"] = "李四" });
        var task = (await InboxOfAsync(Window, @case.Number)).Single();
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, Window));

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.CompleteAsync(task.Id, Window, "ByPost", null)));
        Assert.That(refused!.Code, Is.EqualTo("completion-incomplete"));

        var result = await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Window, "ByPost", null, new JsonObject { ["trackingNumber"] = "SF1234567890" }));

        Assert.That(result.Status, Is.EqualTo(WorkflowStatus.Finished));
        var stored = await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number));
        Assert.That(stored!.Status, Is.EqualTo(CaseStatus.CompletedApproved));
        Assert.That(stored.CompletedAt, Is.Not.Null);
        Assert.That(stored.Documents.Single(d => d.Kind == CaseDocumentKind.DeliveryRecord).Content, Does.Contain("SF1234567890"));
        var topics = await _engine.InScopeAsync<WorkflowDbContext, List<string>>(db => Task.FromResult(
            db.Outbox.Where(o => o.InstanceId == stored.InstanceId).Select(o => o.Topic).ToList()));
        Assert.That(topics, Does.Contain("case.issued"));
    }
}
