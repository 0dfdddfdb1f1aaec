using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Assistance;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using WorkflowEngine.Timers;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class AssistanceHandOffTests(TestDatabase database)
{
    // Monday 2 March 2026, 09:00 in Beijing: a "2d" item is due at close of business on Wednesday 4 March.
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    static readonly Actor FireReviewer = new("fire-01", "FIRE", StaffRole.Reviewer);
    static readonly Actor FireSupervisor = new("fire-lead", "FIRE", StaffRole.Supervisor);
    readonly TestClock _clock = new(Monday);
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database, s => s.AddSingleton<TimeProvider>(_clock));
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("clock", "Approvals.TimeLimit", ("operation", "Start"))
            .Activity("needHelp", "Elsa.Event", ("eventName", "js:'assist-' + getInput('caseNumber')"))
            .Activity("assist", "Approvals.AssistanceHandOff", ("itemCode", "AST-T-FIRE"))
            .Activity("provided", "Elsa.End")
            .Activity("declined", "Elsa.End")
            .Connect("start", "clock").Connect("clock", "needHelp").Connect("needHelp", "assist")
            .Connect("assist", "provided", "Provided").Connect("assist", "declined", "Declined");
        await _engine.AddFoodLicenceAsync("P-ASSIST", (await _engine.PublishAsync(flow.Build())).DefinitionId);
        await _engine.InScopeAsync<ApprovalsDbContext, int>(db =>
        {
            db.Departments.Add(new Department { Code = "FIRE", Name = "消防救援支队" });
            db.AssistanceItems.Add(new AssistanceItem
            {
                Code = "AST-T-FIRE", RequestingDepartmentCode = "SAMR", AssistingDepartmentCode = "FIRE", Content = "餐饮服务场所消防安全检查结果核验", TimeLimit = "2d",
            });
            return db.SaveChangesAsync();
        });
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<(Case Case, HumanTask Task)> RequestAssistanceAsync()
    {
        _clock.Set(Monday);
        var @case = await _engine.InScopeAsync<CaseService, Case>(s => s.CreateAsync(new NewCase(
            new Applicant("孙七", "居民身份证", "110101199203031234"), PackageCode: "P-ASSIST", MaterialsReceived: ["M1", "M2", "M3"])));
        await _engine.Runtime.ResumeAsync("Elsa.Event", "assist-" + @case.Number, null);
        var task = (await _engine.TasksAsync(s => s.InboxAsync(FireReviewer))).Single(t => t.CaseNumber == @case.Number);
        return ((await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!, task);
    }

    async Task AnswerAsync(HumanTask task, string outcome, JsonObject data)
    {
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, FireReviewer));
        await _engine.TasksAsync(s => s.CompleteAsync(task.Id, FireReviewer, outcome, null, data));
    }

    Task<ClockView> ReadClockAsync(string clockId) => _engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(clockId));

    Task<AssistanceRequest> RequestRowAsync(string caseNumber) => _engine.InScopeAsync<ApprovalsDbContext, AssistanceRequest>(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AssistanceRequests, r => r.CaseNumber == caseNumber));

    Task<DepartmentAssistanceRecord> RecordAsync() => _engine.InScopeAsync<AssistanceRecord, DepartmentAssistanceRecord>(s =>
        s.ForDepartmentAsync("FIRE", Monday.AddDays(-1), Monday.AddDays(1)));

    [Test]
    public async Task Assistance_answered_in_time_pauses_the_case_clock_until_the_answer_and_counts_as_on_time()
    {
        var (@case, task) = await RequestAssistanceAsync();
        Assert.That(DateOnly.FromDateTime(task.DueAt!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime), Is.EqualTo(new DateOnly(2026, 3, 4)));
        Assert.That((await ReadClockAsync(@case.ClockId!)).Status.IsPaused, Is.True);
        var request = await RequestRowAsync(@case.Number);
        Assert.That((await ReadClockAsync(request.ClockId)).Clock.OwnerType, Is.EqualTo("assistance"));

        _clock.Set(Monday.AddDays(1));
        await AnswerAsync(task, "Provided", new JsonObject { ["result"] = "经检查，消防安全合格" });

        var caseClock = await ReadClockAsync(@case.ClockId!);
        Assert.That(caseClock.Status.IsPaused, Is.False);
        Assert.That(caseClock.Pauses.Single().Reason, Is.EqualTo(PauseReason.Assistance));
        Assert.That(caseClock.Pauses.Single().ResumedAt, Is.EqualTo(Monday.AddDays(1)));
        var answered = await RequestRowAsync(@case.Number);
        Assert.That((answered.OnTime, answered.Outcome, answered.Result), Is.EqualTo((true, "Provided", "经检查，消防安全合格")));
        Assert.That((await ReadClockAsync(answered.ClockId)).Status.IsCompleted, Is.True);
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
        var record = await RecordAsync();
        Assert.That(record.Requests.Single(r => r.CaseNumber == @case.Number).OnTime, Is.True);
    }

    [Test]
    public async Task Overdue_assistance_is_escalated_once_and_counts_as_late_when_finally_answered()
    {
        var (@case, task) = await RequestAssistanceAsync();
        var sweep = _engine.Services.GetRequiredService<TimerSweep>();

        _clock.Set(Monday.AddDays(2).AddHours(3)); // Wednesday noon: not yet due
        await sweep.FireDueAsync();
        Assert.That((await _engine.OutboxAsync("assistance.overdue")).Where(o => o.InstanceId == @case.InstanceId), Is.Empty);

        _clock.Set(Monday.AddDays(3).AddHours(1)); // Thursday 10:00
        await sweep.FireDueAsync();
        await sweep.FireDueAsync();

        Assert.That((await _engine.OutboxAsync("assistance.overdue")).Count(o => o.InstanceId == @case.InstanceId), Is.EqualTo(1));
        var escalations = (await _engine.TasksAsync(s => s.InboxAsync(FireSupervisor))).Where(t => t.CaseNumber == @case.Number).ToList();
        Assert.That(escalations, Has.Count.EqualTo(1));
        Assert.That((await _engine.JournalAsync(@case.InstanceId)).Count(j => j.Event == "AssistanceOverdue"), Is.EqualTo(1));
        var stillOpen = (await _engine.TasksAsync(s => s.InboxAsync(FireReviewer))).Single(t => t.Id == task.Id);
        Assert.That(stillOpen.Status, Is.EqualTo(HumanTaskStatus.Open));
        Assert.That((await RequestRowAsync(@case.Number)).EscalatedAt, Is.Not.Null);

        // The supervisor urges; the assisting department still answers its own task, late.
        await _engine.TasksAsync(s => s.ClaimAsync(escalations[0].Id, FireSupervisor));
        await _engine.TasksAsync(s => s.CompleteAsync(escalations[0].Id, FireSupervisor, "Urged", "请立即办理"));
        await AnswerAsync(task, "Declined", new JsonObject { ["reason"] = "场所未申报消防检查" });

        var answered = await RequestRowAsync(@case.Number);
        Assert.That((answered.OnTime, answered.Outcome), Is.EqualTo((false, "Declined")));
        Assert.That((await ReadClockAsync(@case.ClockId!)).Status.IsPaused, Is.False);
        Assert.That((await _engine.LoadAsync(@case.InstanceId))!.Status.ToString(), Is.EqualTo("Finished"));
        var record = await RecordAsync();
        Assert.That(record.Requests.Single(r => r.CaseNumber == @case.Number).OnTime, Is.False);
        Assert.That(record.Late, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Answering_an_escalated_request_cancels_the_supervisors_task()
    {
        var (@case, task) = await RequestAssistanceAsync();
        _clock.Set(Monday.AddDays(3).AddHours(1));
        await _engine.Services.GetRequiredService<TimerSweep>().FireDueAsync();
        var escalation = (await _engine.TasksAsync(s => s.InboxAsync(FireSupervisor))).Single(t => t.CaseNumber == @case.Number);

        await AnswerAsync(task, "Provided", new JsonObject { ["result"] = "合格" });

        Assert.That((await _engine.TasksAsync(s => s.FindAsync(escalation.Id))).Status, Is.EqualTo(HumanTaskStatus.Cancelled));
        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(FireSupervisor))).Any(t => t.CaseNumber == @case.Number), Is.False);
    }
}
