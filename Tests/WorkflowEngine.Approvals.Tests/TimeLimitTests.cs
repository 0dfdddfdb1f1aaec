using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class TimeLimitTests(TestDatabase database)
{
    static readonly Actor Clerk = new("clerk-01", "CENTRE", StaffRole.Clerk);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("intake", "Approvals.UnifiedIntake")
            .Activity("clock", "Approvals.TimeLimit", ("operation", "Start"))
            .Activity("waitCorrection", "Elsa.Event", ("eventName", "js:'correction-' + getInput('caseNumber')"))
            .Activity("pause", "Approvals.TimeLimit", ("operation", "Pause"), ("reason", "Correction"), ("why", "一次性告知补正"))
            .Activity("waitSupplement", "Elsa.Event", ("eventName", "js:'supplied-' + getInput('caseNumber')"))
            .Activity("resume", "Approvals.TimeLimit", ("operation", "Resume"), ("why", "补正材料已收到"))
            .Connect("start", "intake").Connect("intake", "clock", "Accepted").Connect("clock", "waitCorrection")
            .Connect("waitCorrection", "pause").Connect("pause", "waitSupplement").Connect("waitSupplement", "resume");
        await _engine.AddFoodLicenceAsync("P-CLOCK", (await _engine.PublishAsync(flow.Build())).DefinitionId);
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    [Test]
    public async Task The_case_clock_starts_on_acceptance_pauses_for_correction_and_resumes_with_each_change_journaled()
    {
        var @case = await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(
            new Applicant("赵六", "居民身份证", "110101199001011234"), PackageCode: "P-CLOCK", MaterialsReceived: ["M1", "M2", "M3"])));
        var intake = (await _engine.TasksAsync(s => s.InboxAsync(Clerk))).Single(t => t.CaseNumber == @case.Number);
        await _engine.TasksAsync(s => s.ClaimAsync(intake.Id, Clerk));
        await _engine.TasksAsync(s => s.CompleteAsync(intake.Id, Clerk, "Accept", null));

        var accepted = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(accepted.ClockId, Is.Not.Null);
        var started = await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(accepted.ClockId!));
        Assert.That(started.Status.CommittedLimit.ToString(), Is.EqualTo("5d"));
        Assert.That(started.Status.IsPaused, Is.False);

        await _engine.Runtime.ResumeAsync("Elsa.Event", "correction-" + @case.Number, null);
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(accepted.ClockId!))).Status.IsPaused, Is.True);

        await _engine.Runtime.ResumeAsync("Elsa.Event", "supplied-" + @case.Number, null);
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(accepted.ClockId!))).Status.IsPaused, Is.False);

        var journal = await _engine.JournalAsync(accepted.InstanceId);
        Assert.That(journal.Where(j => j.Message is not null && (j.Message.Contains("补正")))
            .Select(j => j.Message), Has.Some.Contains("一次性告知补正").And.Some.Contains("补正材料已收到"));
    }
}
