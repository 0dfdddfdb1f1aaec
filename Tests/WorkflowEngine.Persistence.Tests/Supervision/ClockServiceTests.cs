using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;
using WorkflowEngine.Testing;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Tests.Persistence.Supervision;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class ClockServiceTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await TestEngine.StartAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<T> Clocks<T>(Func<ClockService, Task<T>> action) => _engine.InScopeAsync(action);

    static ClockChangeRequest By(string who, string why, string at) => new(who, why) { At = At(at) };

    [Test]
    public async Task A_clock_paused_across_Spring_Festival_resumed_and_extended_reads_right_and_journals_who_and_why()
    {
        // Accepted Mon 20 Jan 2025, 5 of 20 days. Tue 21 counts; paused Wed 22 Jan to Thu 6 Feb (the festival inside);
        // Fri 7, Sat 8 (make-up day), Mon 10, Tue 11 make 5. Extended by 2 on Fri 7: Wed 12 and Thu 13 make 7.
        var started = await _engine.StartClockAsync("2025-01-20 09:30", "5d", "20d");
        var id = started.Clock.Id;
        await Clocks(s => s.PauseAsync(id, PauseReason.Correction, By("窗口 王", "一次性告知补正", "2025-01-22 10:00")));
        var paused = await _engine.ReadClockAsync(id, "2025-02-03 10:00");
        await Clocks(s => s.ResumeAsync(id, By("窗口 王", "补正材料已收", "2025-02-06 15:00")));
        var resumed = await _engine.ReadClockAsync(id, "2025-02-07 09:00");
        await Clocks(s => s.ExtendAsync(id, WorkingDuration.Days(2), false, By("科长 李", "现场核查", "2025-02-07 10:00")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(paused.Status.IsPaused, Is.True);
            Assert.That(paused.Status.Level, Is.EqualTo(ClockLevel.Normal));
            Assert.That(resumed.Status.CommittedDueDate, Is.EqualTo(new DateOnly(2025, 2, 11)));
            Assert.That(resumed.Pauses.Single().Reason, Is.EqualTo(PauseReason.Correction));
            var extended = await _engine.ReadClockAsync(id, "2025-02-10 12:00");
            Assert.That(extended.Status.CommittedDueDate, Is.EqualTo(new DateOnly(2025, 2, 13)));
            Assert.That(extended.Status.CommittedDeadline, Is.EqualTo(At("2025-02-13 17:30")));
            Assert.That(extended.Status.StatutoryDueDate, Is.GreaterThan(extended.Status.CommittedDueDate));
            Assert.That(extended.Extensions.Single().By, Is.EqualTo("科长 李"));
            // 24 of 49 working hours used: Tue 21 Jan, Fri 7, Sat 8, and Mon 10 to noon.
            Assert.That(extended.Status.Level, Is.EqualTo(ClockLevel.Normal));
            Assert.That((await _engine.ReadClockAsync(id, "2025-02-11 12:00")).Status.Level, Is.EqualTo(ClockLevel.Warning));
            Assert.That((await _engine.ReadClockAsync(id, "2025-02-13 16:00")).Status.Level, Is.EqualTo(ClockLevel.Urgent));
            var late = await _engine.ReadClockAsync(id, "2025-02-14 09:30");
            Assert.That(late.Status.Level, Is.EqualTo(ClockLevel.Overdue));
            Assert.That(late.Status.LateByWorkingDays, Is.EqualTo(1));
        }

        var journal = await _engine.JournalAsync(started.Clock.OwnerId);
        Assert.That(journal.Select(j => (j.Event, j.Actor, j.Message)), Is.EqualTo(new[]
        {
            (SupervisionJournalEvents.ClockStarted, Supervised.Clerk, "受理"),
            (SupervisionJournalEvents.ClockPaused, "窗口 王", "一次性告知补正"),
            (SupervisionJournalEvents.ClockResumed, "窗口 王", "补正材料已收"),
            (SupervisionJournalEvents.ClockExtended, "科长 李", "现场核查"),
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(journal[1].Outcome, Is.EqualTo("Correction"));
            Assert.That(journal[1].At, Is.EqualTo(At("2025-01-22 10:00")));
            Assert.That(journal[3].Data?["extension"]?.GetValue<string>(), Is.EqualTo("2d"));
            Assert.That(journal.All(j => j.Data?["clockId"]?.GetValue<string>() == id), Is.True);
        }
    }

    [Test]
    public async Task The_row_keeps_due_date_pause_and_completion_for_queries_without_replaying()
    {
        var started = await _engine.StartClockAsync("2025-03-07 10:00", "2d", "2d");
        var id = started.Clock.Id;
        await Clocks(s => s.PauseAsync(id, PauseReason.Assistance, By("科员 赵", "协助核查", "2025-03-10 10:00")));
        var paused = await _engine.ClockRowAsync(id);
        await Clocks(s => s.ResumeAsync(id, By("科员 赵", "协助结果已回", "2025-03-11 10:00")));
        await Clocks(s => s.CompleteAsync(id, By("科长 李", "办结", "2025-03-14 10:00")));
        var completed = await _engine.ClockRowAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(paused.IsPaused, Is.True);
            Assert.That(paused.Revision, Is.EqualTo(2));
            Assert.That(completed.IsPaused, Is.False);
            Assert.That(completed.CompletedAt, Is.EqualTo(At("2025-03-14 10:00")));
            // Mon 10 and Tue 11 were paused: Wed 12 and Thu 13 make the two days; finished Fri 14, late.
            Assert.That(completed.DueAt, Is.EqualTo(At("2025-03-13 17:30")));
            Assert.That(completed.Level, Is.EqualTo(nameof(ClockLevel.Overdue)));
            Assert.That(completed.Revision, Is.EqualTo(4));
        }
    }

    [Test]
    public async Task A_change_decided_on_a_stale_revision_is_refused_and_writes_nothing()
    {
        var started = await _engine.StartClockAsync();
        var id = started.Clock.Id;
        var first = await Clocks(s => s.PrepareAsync(id, c => c.Pause(PauseReason.Hearing, "科员 赵", "听证", At("2025-03-10 10:00"))));
        var second = await Clocks(s => s.PrepareAsync(id, c => c.Extend(WorkingDuration.Days(2), "科长 李", "复杂", At("2025-03-10 11:00"))));
        await Clocks(s => s.SaveAsync(first));

        await Assert.ThrowsAsync<ClockConflictException>(async () => await Clocks(s => s.SaveAsync(second)));

        var now = await _engine.ReadClockAsync(id, "2025-03-10 12:00");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(now.Clock.Revision, Is.EqualTo(2));
            Assert.That(now.Status.IsPaused, Is.True);
            Assert.That(now.Extensions, Is.Empty);
            Assert.That((await _engine.JournalAsync(started.Clock.OwnerId)).Select(j => j.Event),
                Is.EqualTo(new[] { SupervisionJournalEvents.ClockStarted, SupervisionJournalEvents.ClockPaused }));
        }
    }

    [Test]
    public async Task A_caller_who_saw_an_older_revision_is_told_of_the_conflict()
    {
        var started = await _engine.StartClockAsync();
        var id = started.Clock.Id;
        await Clocks(s => s.PauseAsync(id, PauseReason.Correction, By("窗口 王", "补正", "2025-03-10 10:00")));

        var stale = new ClockChangeRequest("科长 李", "延期") { At = At("2025-03-10 11:00"), ExpectedRevision = started.Clock.Revision };
        var conflict = await Assert.ThrowsAsync<ClockConflictException>(async () =>
            await Clocks(s => s.ExtendAsync(id, WorkingDuration.Days(1), false, stale)));

        Assert.That(conflict!.Message, Does.Contain("since revision 1"));
        Assert.That((await _engine.ReadClockAsync(id, "2025-03-10 12:00")).Extensions, Is.Empty);
    }

    [Test]
    public async Task Two_clerks_pausing_at_once_pause_the_clock_once_and_the_other_is_told_why()
    {
        var id = (await _engine.StartClockAsync()).Clock.Id;
        var pauses = Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            Clocks(s => s.PauseAsync(id, PauseReason.Correction, By("窗口 " + i, "补正", "2025-03-10 10:00"))))).ToList();

        var outcomes = await Task.WhenAll(pauses.Select(async p =>
        {
            try { await p; return "paused"; }
            catch (ClockOperationException) { return "refused"; }
        }));

        Assert.That(outcomes.Order(), Is.EqualTo(new[] { "paused", "refused" }));
        Assert.That((await _engine.ReadClockAsync(id, "2025-03-10 12:00")).Pauses, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Errors_of_the_clock_itself_surface_unchanged()
    {
        var id = (await _engine.StartClockAsync()).Clock.Id;

        var error = await Assert.ThrowsAsync<ClockOperationException>(async () =>
            await Clocks(s => s.ResumeAsync(id, By("窗口 王", "无", "2025-03-10 10:00"))));

        Assert.That(error!.Message, Does.Contain("only a paused clock can be resumed"));
    }

    [Test]
    public async Task An_unknown_clock_is_reported_by_id()
    {
        var error = await Assert.ThrowsAsync<ClockNotFoundException>(async () => await Clocks(s => s.ReadAsync("no-such-clock")));
        Assert.That(error!.ClockId, Is.EqualTo("no-such-clock"));
    }

    [Test]
    public async Task A_change_made_for_a_workflow_instance_is_journaled_on_that_instance()
    {
        var id = (await _engine.StartClockAsync()).Clock.Id;
        var instanceId = "wf-" + Guid.NewGuid().ToString("N");

        await Clocks(s => s.PauseAsync(id, PauseReason.Inspection, new ClockChangeRequest("勘验员 孙", "现场勘验") { At = At("2025-03-10 10:00"), InstanceId = instanceId }));

        var line = (await _engine.JournalAsync(instanceId)).Single();
        Assert.That((line.Event, line.Actor, line.Outcome), Is.EqualTo((SupervisionJournalEvents.ClockPaused, "勘验员 孙", "Inspection")));
    }

    [Test]
    public async Task A_change_joins_a_transaction_already_open_and_vanishes_with_its_rollback()
    {
        var started = await _engine.StartClockAsync();
        var id = started.Clock.Id;

        await _engine.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<WorkflowDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var clocks = services.GetRequiredService<ClockService>();
            var change = await clocks.PrepareAsync(id, c => c.Pause(PauseReason.ExpertReview, "科长 李", "专家评审", At("2025-03-10 10:00")));
            await clocks.SaveAsync(change);
            await transaction.RollbackAsync();
            return true;
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _engine.ReadClockAsync(id, "2025-03-10 12:00")).Status.IsPaused, Is.False);
            Assert.That(await _engine.JournalAsync(started.Clock.OwnerId), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Clocks_are_found_by_their_owner()
    {
        var owner = "TASK-" + Guid.NewGuid().ToString("N");
        var review = await _engine.StartClockAsync(ownerId: owner, ownerType: "task", committed: "3d");
        var assistance = await _engine.StartClockAsync(ownerId: owner, ownerType: "task", committed: "2h", statutory: "1d");
        await _engine.StartClockAsync(ownerId: owner, ownerType: "assistance");

        var found = await Clocks(s => s.FindByOwnerAsync("task", owner, At("2025-03-07 11:00")));

        Assert.That(found.Select(v => v.Clock.Id).Order(), Is.EqualTo(new[] { review.Clock.Id, assistance.Clock.Id }.Order()));
        Assert.That(found.Single(v => v.Clock.Id == assistance.Clock.Id).Status.CommittedLimit, Is.EqualTo(WorkingDuration.Hours(2)));
    }
}
