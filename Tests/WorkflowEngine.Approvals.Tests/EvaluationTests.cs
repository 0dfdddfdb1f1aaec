using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Testing;
using WorkflowEngine.Timers;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class EvaluationTests(TestDatabase database)
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    static readonly Actor Approver = new("samr-head", "SAMR", StaffRole.Approver);
    readonly TestClock _clock = new(Monday);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database, s => s.AddSingleton<TimeProvider>(_clock));
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("rate", "Approvals.Evaluation")
            .Activity("satisfied", "Elsa.End")
            .Activity("rectified", "Elsa.End")
            .Connect("start", "rate").Connect("rate", "satisfied", "Satisfied").Connect("rate", "rectified", "Rectified");
        await _engine.AddFoodLicenceAsync("P-RATE", (await _engine.PublishAsync(flow.Build())).DefinitionId);
        var withPeriod = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("rate", "Approvals.Evaluation", ("ratingPeriod", "5d"))
            .Activity("satisfied", "Elsa.End")
            .Connect("start", "rate").Connect("rate", "satisfied", "Satisfied");
        await _engine.AddFoodLicenceAsync("P-RATE-PERIOD", (await _engine.PublishAsync(withPeriod.Build())).DefinitionId);
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<Case> FinishedCaseAsync(string package = "P-RATE")
    {
        _clock.Set(Monday);
        return await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(
            new Applicant("周八", "居民身份证", "110101198504041234"), PackageCode: package, MaterialsReceived: ["M1", "M2", "M3"])));
    }

    Task RateAsync(string number, int level, string? comment, bool realName = true) =>
        _engine.InScopeAsync<EvaluationService, bool>(async s => { await s.RateAsync(number, level, comment, realName); return true; });

    Task<Case?> CaseAsync(string number) => _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(number));

    [Test]
    public async Task A_good_rating_is_kept_on_the_case_and_finishes_without_a_task()
    {
        var @case = await FinishedCaseAsync();

        await RateAsync(@case.Number, 5, "窗口服务热情");

        var rated = (await CaseAsync(@case.Number))!;
        Assert.That((rated.Rating, rated.RatingComment), Is.EqualTo(((int?)5, "窗口服务热情")));
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(Approver))).Any(t => t.CaseNumber == @case.Number), Is.False);
    }

    [Test]
    public async Task A_bad_rating_opens_a_rectification_task_with_its_deadline_and_requires_a_return_visit()
    {
        var @case = await FinishedCaseAsync();

        await RateAsync(@case.Number, 2, "材料要求反复变化");

        Assert.That((await CaseAsync(@case.Number))!.Rating, Is.EqualTo(2));
        var task = (await _engine.TasksAsync(s => s.InboxAsync(Approver))).Single(t => t.CaseNumber == @case.Number);
        // Ten working days after Monday 2 March 2026.
        Assert.That(DateOnly.FromDateTime(task.DueAt!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime), Is.EqualTo(new DateOnly(2026, 3, 16)));
        var journal = await _engine.JournalAsync(@case.InstanceId);
        Assert.That(journal.Single(j => j.Event == "ReturnVisitRequired").Message, Does.Contain("回访"));
        Assert.That((await _engine.OutboxAsync("evaluation.bad-rating")).Count(o => o.InstanceId == @case.InstanceId), Is.EqualTo(1));

        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, Approver));
        var incomplete = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.CompleteAsync(task.Id, Approver, "Rectified", null)));
        Assert.That(incomplete!.Code, Is.EqualTo("completion-incomplete"));
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Approver, "Rectified", "已回访", new JsonObject { ["measures"] = "公布材料清单，一次性告知" }));
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
    }

    [Test]
    public async Task The_rating_deadline_passing_during_a_rectification_does_not_disturb_it()
    {
        var @case = await FinishedCaseAsync("P-RATE-PERIOD");
        await RateAsync(@case.Number, 1, "多次往返");
        var task = (await _engine.TasksAsync(s => s.InboxAsync(Approver))).Single(t => t.CaseNumber == @case.Number);

        _clock.Set(Monday.AddDays(14));
        await _engine.Services.GetRequiredService<TimerSweep>().FireDueAsync();

        var instance = await _engine.LoadAsync(@case.InstanceId);
        Assert.That(instance!.OpenIncidentCount, Is.Zero);
        Assert.That((await CaseAsync(@case.Number))!.Rating, Is.EqualTo(1), "the applicant's rating stands, not a default one");
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, Approver));
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, Approver, "Rectified", null, new JsonObject { ["measures"] = "优化流程" }));
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
    }

    [TestCase(0)]
    [TestCase(6)]
    public async Task An_invalid_rating_is_refused_and_changes_nothing(int level)
    {
        var @case = await FinishedCaseAsync();
        var bookmarks = await _engine.BookmarksAsync(@case.InstanceId);

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => RateAsync(@case.Number, level, "?"));

        Assert.That(refused!.Code, Is.EqualTo("invalid-rating"));
        Assert.That((await CaseAsync(@case.Number))!.Rating, Is.Null);
        Assert.That((await _engine.BookmarksAsync(@case.InstanceId)).Select(b => b.Id), Is.EqualTo(bookmarks.Select(b => b.Id)));
        await RateAsync(@case.Number, 4, null); // still waiting for a valid one
        Assert.That((await CaseAsync(@case.Number))!.Rating, Is.EqualTo(4));
    }

    [Test]
    public async Task Rating_a_case_twice_is_refused()
    {
        var @case = await FinishedCaseAsync();
        await RateAsync(@case.Number, 3, null);

        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => RateAsync(@case.Number, 1, "改评"));

        Assert.That(refused!.Code, Is.EqualTo("not-awaiting-rating"));
        Assert.That((await CaseAsync(@case.Number))!.Rating, Is.EqualTo(3));
    }

    [Test]
    public async Task A_case_not_rated_within_the_rating_period_counts_as_satisfied()
    {
        var @case = await FinishedCaseAsync("P-RATE-PERIOD");

        _clock.Set(Monday.AddDays(14));
        await _engine.Services.GetRequiredService<TimerSweep>().FireDueAsync();

        var rated = (await CaseAsync(@case.Number))!;
        Assert.That(rated.Rating, Is.EqualTo(4));
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
    }
}
