using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Activities;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class JointReviewTests(TestDatabase database)
{
    static readonly Applicant Founder = new("钱七", "居民身份证", "320102199305051234", "13600136000", "南京某某餐饮有限公司");
    static readonly string[] Departments = ["PSB", "TAX", "HRSS"];
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        await PublishPackageAsync("P-PAR", ReviewMode.Parallel);
        await PublishPackageAsync("P-SER", ReviewMode.Serial);
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task PublishPackageAsync(string code, ReviewMode mode)
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("route", "Approvals.RouteToDepartments")
            .Activity("joint", "Approvals.JointReview", ("mode", mode.ToString()), ("rule", "All"))
            .Activity("revise", "Elsa.Event", ("eventName", "js:'revised-' + getInput('caseNumber')"))
            .Activity("issue", "Approvals.SingleWindowIssue")
            .Activity("refused", "Elsa.End")
            .Connect("start", "route").Connect("route", "joint")
            .Connect("joint", "issue", "Approved").Connect("joint", "refused", "Rejected")
            .Connect("joint", "revise", "Returned").Connect("revise", "joint");
        var definition = await _engine.PublishAsync(flow.Build());
        await _engine.InScopeAsync<ApprovalsDbContext, int>(async db =>
        {
            foreach (var department in Departments)
            {
                if (await db.Departments.FindAsync(department) is null) db.Departments.Add(new Department { Code = department, Name = department });
                if (await db.Matters.FindAsync("M-" + department) is null)
                    db.Matters.Add(new Matter { Code = "M-" + department, Name = department + " 登记", DepartmentCode = department, StatutoryLimit = "5d", CommittedLimit = "0.5d",
                        Materials = [new("ID", "身份证明"), new("X-" + department, department + " 专用表")] });
            }
            db.Packages.Add(new Package
            {
                Code = code, Name = "开办企业", Mode = mode, CommittedLimit = "1d", WorkflowDefinitionId = definition.DefinitionId,
                Members = Departments.Select(d => new PackageMember("M-" + d)).ToList(),
                MaterialRules = [new("ID", Departments), .. Departments.Select(d => new MaterialRule("X-" + d, [d]))],
            });
            return await db.SaveChangesAsync();
        });
    }

    Task<Case> ApplyAsync(string package) => _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(Founder, PackageCode: package,
        MaterialsReceived: ["ID", .. Departments.Select(d => "X-" + d)])));

    Task<HumanTask?> TaskAsync(string department, StaffRole role, string caseNumber) => _engine.TaskAsync(department, role, caseNumber);

    Task DecideAsync(string department, string caseNumber, string decision) => _engine.DecideAsync(department, caseNumber, decision);

    async Task<bool> AtSingleWindowAsync(string caseNumber) => await TaskAsync("CENTRE", StaffRole.SingleWindow, caseNumber) is not null;

    [Test]
    public async Task Routing_gives_each_department_only_the_materials_meant_for_it()
    {
        var @case = await ApplyAsync("P-PAR");

        var instance = await _engine.LoadAsync(@case.InstanceId);
        var routing = instance!.Variables["routing"]!.AsObject();
        Assert.That(routing["TAX"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EquivalentTo(new[] { "ID", "X-TAX" }));
        Assert.That(routing["PSB"]!.AsArray().Select(m => m!.GetValue<string>()), Does.Not.Contain("X-TAX"));
        Assert.That((await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!.Status, Is.EqualTo(CaseStatus.Handling));
    }

    [Test]
    public async Task In_parallel_every_department_reviews_at_once_and_the_case_goes_on_when_all_approved()
    {
        var @case = await ApplyAsync("P-PAR");
        foreach (var department in Departments)
            Assert.That(await TaskAsync(department, StaffRole.Reviewer, @case.Number), Is.Not.Null, $"{department} has the case at once");

        await DecideAsync("TAX", @case.Number, "Approved");
        await DecideAsync("PSB", @case.Number, "Approved");
        Assert.That(await AtSingleWindowAsync(@case.Number), Is.False, "HRSS has not decided yet");
        await DecideAsync("HRSS", @case.Number, "Approved");

        Assert.That(await AtSingleWindowAsync(@case.Number), Is.True);
        var opinions = (await _engine.JournalAsync(@case.InstanceId)).Where(j => j.Event == "JointReviewOpinion").ToList();
        Assert.That(opinions, Has.Count.EqualTo(6), "each department's review and decision is on record for the others");
    }

    [Test]
    public async Task A_return_for_revision_inside_the_parallel_review_sends_the_case_back_and_the_second_pass_completes()
    {
        var @case = await ApplyAsync("P-PAR");
        await DecideAsync("PSB", @case.Number, "Approved");
        await DecideAsync("TAX", @case.Number, "Returned");
        await DecideAsync("HRSS", @case.Number, "Approved");
        Assert.That(await AtSingleWindowAsync(@case.Number), Is.False);

        await _engine.Runtime.ResumeAsync("Elsa.Event", "revised-" + @case.Number, null);
        foreach (var department in Departments) await DecideAsync(department, @case.Number, "Approved");

        Assert.That(await AtSingleWindowAsync(@case.Number), Is.True);
    }

    [Test]
    public async Task Serially_the_next_department_starts_only_after_the_previous_approved_and_a_rejection_ends_the_review()
    {
        var @case = await ApplyAsync("P-SER");
        Assert.That(await TaskAsync("TAX", StaffRole.Reviewer, @case.Number), Is.Null, "TAX waits for PSB");

        await DecideAsync("PSB", @case.Number, "Approved");
        Assert.That(await TaskAsync("TAX", StaffRole.Reviewer, @case.Number), Is.Not.Null);
        await DecideAsync("TAX", @case.Number, "Rejected");

        Assert.That(await TaskAsync("HRSS", StaffRole.Reviewer, @case.Number), Is.Null, "the review ended with the rejection");
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
        var decided = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(decided.Status, Is.EqualTo(CaseStatus.CompletedNotApproved));
        Assert.That(decided.Documents.Single(d => d.Kind == CaseDocumentKind.DecisionNotice).Content, Does.Contain("TAX").And.Contain("TAX Rejected"),
            "the decider's comment is the reason when no reason field was given");
    }

    [TestCase(new[] { "Approved", "Rejected", "Approved" }, PassRule.All, "Rejected")]
    [TestCase(new[] { "Approved", "Rejected", "Approved" }, PassRule.Any, "Approved")]
    [TestCase(new[] { "Approved", "Rejected", "Rejected" }, PassRule.Share, "Rejected")]
    [TestCase(new[] { "Approved", "Approved", "Rejected" }, PassRule.Share, "Approved")]
    [TestCase(new[] { "Approved", "Returned", "Approved" }, PassRule.Any, "Returned")]
    public void The_pass_rule_decides_a_parallel_review(string[] outcomes, PassRule rule, string expected)
    {
        Assert.That(JointReview.Decide(outcomes, rule, 0.6m), Is.EqualTo(expected));
    }
}
