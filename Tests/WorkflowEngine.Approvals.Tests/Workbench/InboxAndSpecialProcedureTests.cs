using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Calendar;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>The inbox lines the workbench shows, and stopping the clock for a special procedure.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class InboxAndSpecialProcedureTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await ApprovalsEngine.StartWithDemoAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<Case> ApplyAsync(string name) => _engine.OpenBusinessAsync(name);

    [Test]
    public async Task The_inbox_shows_each_task_with_its_applicant_subject_and_the_case_clock()
    {
        var first = await ApplyAsync("甲");
        var second = await ApplyAsync("乙");
        var reviewer = await FirstReviewerAsync(first.Number);

        var rows = await _engine.InScopeAsync<Inbox, IReadOnlyList<InboxRow>>(i => i.ForAsync(reviewer));
        var mine = rows.Where(r => r.Task.CaseNumber == first.Number || r.Task.CaseNumber == second.Number).ToList();
        Assert.That(mine.Select(r => r.ApplicantName), Is.EqualTo(new[] { "甲", "乙" }), "soonest due first");
        Assert.That(mine.Select(r => r.Subject).Distinct().Single(), Is.EqualTo("开办企业一件事"));
        Assert.That(mine.All(r => r.DueAt is not null && r.Level == ClockLevel.Normal), Is.True, "the case clock gives the due date");
    }

    [Test]
    public async Task A_special_procedure_stops_the_clock_and_ending_it_restarts_the_clock()
    {
        var @case = await ApplyAsync("丙");
        var reviewer = await FirstReviewerAsync(@case.Number);
        Assert.That((await Assert.ThrowsAsync<TaskRefusedException>(() => Procedure(s => s.StartAsync(@case.Number, reviewer, PauseReason.ExpertReview, "专家评审"))))!.Code,
            Is.EqualTo("task-not-claimed"), "only someone working on the case");
        var task = (await _engine.InScopeAsync<Inbox, IReadOnlyList<InboxRow>>(i => i.ForAsync(reviewer))).First(r => r.Task.CaseNumber == @case.Number).Task;
        await _engine.TasksAsync(s => s.ClaimAsync(task.Id, reviewer));

        await Procedure(s => s.StartAsync(@case.Number, reviewer, PauseReason.ExpertReview, "专家评审"));
        var paused = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(paused.Status, Is.EqualTo(CaseStatus.SpecialProcedureStarted));
        Assert.That((await _engine.InScopeAsync<ClockService, ClockView>(c => c.ReadAsync(paused.ClockId!))).Status.IsPaused, Is.True);

        await Procedure(s => s.EndAsync(@case.Number, reviewer, "评审结束"));
        var resumed = (await _engine.InScopeAsync<CaseService, Case?>(s => s.FindAsync(@case.Number)))!;
        Assert.That(resumed.Status, Is.EqualTo(CaseStatus.SpecialProcedureEnded));
        var clock = await _engine.InScopeAsync<ClockService, ClockView>(c => c.ReadAsync(resumed.ClockId!));
        Assert.That(clock.Status.IsPaused, Is.False);
        Assert.That(clock.Pauses.Single().Reason, Is.EqualTo(PauseReason.ExpertReview));
        Assert.That((await _engine.JournalAsync(resumed.InstanceId)).Count(j => j.Event.StartsWith("SpecialProcedure")), Is.EqualTo(2));
    }

    [Test]
    public async Task Another_department_cannot_stop_the_clock_of_a_case()
    {
        var @case = await ApplyAsync("丁");
        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => Procedure(s => s.StartAsync(@case.Number, Desk.Person("FIRE", StaffRole.Reviewer), PauseReason.Hearing, "听证")));
        Assert.That(refused!.Code, Is.EqualTo("case-not-visible"));
    }

    Task<bool> Procedure(Func<SpecialProcedure, Task> action) => _engine.InScopeAsync<SpecialProcedure, bool>(async s => { await action(s); return true; });

    /// <summary>The reviewer of whichever department the process sends the case to first.</summary>
    async Task<Actor> FirstReviewerAsync(string caseNumber)
    {
        var task = await _engine.InScopeAsync<WorkflowEngine.Approvals.Data.ApprovalsDbContext, HumanTask>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.HumanTasks, t => t.CaseNumber == caseNumber && t.Role == StaffRole.Reviewer));
        return Desk.Person(task.DepartmentCode, StaffRole.Reviewer);
    }
}
