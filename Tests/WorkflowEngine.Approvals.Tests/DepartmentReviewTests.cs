using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DepartmentReviewTests(TestDatabase database)
{
    static readonly Actor ReviewerLi = new("li", "PSB", StaffRole.Reviewer);
    static readonly Actor ApproverLi = new("li", "PSB", StaffRole.Approver);
    static readonly Actor ApproverWang = new("wang", "PSB", StaffRole.Approver);
    static readonly Actor TaxReviewer = new("zhao", "TAX", StaffRole.Reviewer);

    TestEngine _engine = null!;
    string _definitionId = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("review", "Approvals.DepartmentReview", ("department", "PSB"), ("title", "刻章备案"))
            .Activity("approved", "Elsa.End")
            .Activity("rejected", "Elsa.End")
            .Activity("returned", "Elsa.End")
            .Connect("start", "review").Connect("review", "approved", "Approved").Connect("review", "rejected", "Rejected")
            .Connect("review", "returned", "Returned");
        _definitionId = (await _engine.PublishAsync(flow.Build())).DefinitionId;
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<(string InstanceId, string CaseNumber)> NewCaseAsync()
    {
        var caseNumber = WorkflowEngine.Approvals.Cases.CaseNumber.New(new DateOnly(2026, 11, 23));
        var run = await _engine.Runtime.StartAsync(_definitionId, new StartRequest(CorrelationId: caseNumber));
        return (run.InstanceId, caseNumber);
    }

    async Task<HumanTask> TaskOfAsync(Actor actor, string caseNumber) =>
        (await _engine.TasksAsync(s => s.InboxAsync(actor))).Single(t => t.CaseNumber == caseNumber);

    [Test]
    public async Task Review_then_decision_by_another_person_approves_the_case_and_every_step_is_journaled()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();

        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", "材料齐全"));
        var decision = await TaskOfAsync(ApproverWang, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(decision.Id, ApproverWang));
        var result = await _engine.TasksAsync(s => s.CompleteAsync(decision.Id, ApproverWang, "Approved", "同意"));

        Assert.That(result.Status, Is.EqualTo(WorkflowStatus.Finished));
        var journal = await _engine.JournalAsync(instanceId);
        Assert.That(journal.Where(j => j.Event == "TaskCompleted").Select(j => (j.Actor, j.Outcome, j.Message)),
            Is.EqualTo(new[] { ("li", "Pass", "材料齐全"), ("wang", "Approved", "同意") }));
        Assert.That(journal.Count(j => j.Event == "TaskClaimed"), Is.EqualTo(2));
        Assert.That((await _engine.TasksAsync(s => s.FindAsync(decision.Id))).Status, Is.EqualTo(HumanTaskStatus.Completed));
    }

    [Test]
    public async Task The_reviewer_cannot_decide_the_case_they_reviewed()
    {
        var (_, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null));

        var decision = await TaskOfAsync(ApproverWang, caseNumber);
        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.ClaimAsync(decision.Id, ApproverLi)));

        Assert.That(refused!.Code, Is.EqualTo("separation-of-duties"));
        Assert.That((await _engine.TasksAsync(s => s.FindAsync(decision.Id))).Status, Is.EqualTo(HumanTaskStatus.Open), "nothing changed");
    }

    [Test]
    public async Task Completing_a_task_twice_is_refused_and_the_case_moves_on_only_once()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null));

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null)));

        Assert.That(refused!.Code, Is.EqualTo("task-already-completed"));
        var journal = await _engine.JournalAsync(instanceId);
        Assert.That(journal.Count(j => j.Event == "TaskOpened"), Is.EqualTo(2), "one review task and one decision task, no more");
    }

    [Test]
    public async Task Two_people_completing_the_same_task_at_once_move_the_case_once()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            try { await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null)); return true; }
            catch (TaskRefusedException) { return false; }
        })));

        Assert.That(attempts.Count(ok => ok), Is.EqualTo(1));
        Assert.That((await _engine.JournalAsync(instanceId)).Count(j => j.Event == "TaskCompleted"), Is.EqualTo(1));
    }

    [Test]
    public async Task Tasks_of_another_department_or_role_cannot_be_claimed()
    {
        var (_, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.ClaimAsync(review.Id, TaxReviewer)));

        Assert.That(refused!.Code, Is.EqualTo("task-not-yours"));
        Assert.That(await _engine.TasksAsync(s => s.InboxAsync(TaxReviewer)), Is.Empty);
    }

    [Test]
    public async Task An_outcome_the_task_does_not_offer_is_refused()
    {
        var (_, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Approved", null)));

        Assert.That(refused!.Code, Is.EqualTo("outcome-not-allowed"));
    }

    [Test]
    public async Task A_transferred_task_waits_for_the_colleague_it_was_given_to()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        var chen = new Actor("chen", "PSB", StaffRole.Reviewer);

        await _engine.TasksAsync(s => s.TransferAsync(review.Id, ReviewerLi, "chen", "我休假"));

        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(ReviewerLi))).Any(t => t.Id == review.Id), Is.False);
        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(chen))).Any(t => t.Id == review.Id), Is.True);
        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi)));
        Assert.That(refused!.Code, Is.EqualTo("task-assigned-to-another"));
        Assert.That((await _engine.JournalAsync(instanceId)).Single(j => j.Event == "TaskTransferred").Message, Does.Contain("chen"));
    }

    [Test]
    public async Task A_returned_decision_leaves_through_the_returned_port()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null));
        var decision = await TaskOfAsync(ApproverWang, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(decision.Id, ApproverWang));

        await _engine.TasksAsync(s => s.CompleteAsync(decision.Id, ApproverWang, "Returned", "缺少营业执照复印件"));

        Assert.That((await _engine.JournalAsync(instanceId)).Any(j => j.Event == JournalEvents.Completed && j.NodeId == "returned"), Is.True);
    }

    [Test]
    public async Task An_approver_added_after_signs_before_the_case_moves_on()
    {
        var (instanceId, caseNumber) = await NewCaseAsync();
        var chen = new Actor("chen", "PSB", StaffRole.Reviewer);
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));

        await _engine.TasksAsync(s => s.AddApproverAsync(review.Id, ReviewerLi, "chen", before: false, "请陈科长会签"));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", "同意"));
        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(ApproverWang))).Any(t => t.CaseNumber == caseNumber), Is.False, "the added approver has not signed yet");

        var coSign = await TaskOfAsync(chen, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(coSign.Id, chen));
        await _engine.TasksAsync(s => s.CompleteAsync(coSign.Id, chen, "Pass", "会签同意"));

        var decision = await TaskOfAsync(ApproverWang, caseNumber);
        Assert.That(decision.ExcludedUsers, Is.EquivalentTo(new[] { "li", "chen" }), "both who signed the review are kept from the decision");
        var journal = await _engine.JournalAsync(instanceId);
        Assert.That(journal.Select(j => j.Event), Does.Contain("ApproverAddedAfter").And.Contain("CoSigned"));
    }

    [Test]
    public async Task With_an_approver_added_before_the_holder_cannot_decide_until_their_opinion_is_in()
    {
        var (_, caseNumber) = await NewCaseAsync();
        var chen = new Actor("chen", "PSB", StaffRole.Reviewer);
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.AddApproverAsync(review.Id, ReviewerLi, "chen", before: true, "请先提意见"));

        var early = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null)));
        Assert.That(early!.Code, Is.EqualTo("waiting-for-added-approver"));

        var opinion = (await _engine.TasksAsync(s => s.InboxAsync(chen))).Single(t => t.CaseNumber == caseNumber && t.ParentTaskId == review.Id);
        await _engine.TasksAsync(s => s.ClaimAsync(opinion.Id, chen));
        await _engine.TasksAsync(s => s.CompleteAsync(opinion.Id, chen, "Pass", "材料无误"));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null));

        Assert.That((await _engine.TasksAsync(s => s.InboxAsync(ApproverWang))).Any(t => t.CaseNumber == caseNumber), Is.True);
    }

    [Test]
    public async Task The_reviewer_cannot_be_added_as_approver_of_the_decision()
    {
        var (_, caseNumber) = await NewCaseAsync();
        var review = await TaskOfAsync(ReviewerLi, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(review.Id, ReviewerLi));
        await _engine.TasksAsync(s => s.CompleteAsync(review.Id, ReviewerLi, "Pass", null));
        var decision = await TaskOfAsync(ApproverWang, caseNumber);
        await _engine.TasksAsync(s => s.ClaimAsync(decision.Id, ApproverWang));

        var refused = await Assert.ThrowsAsync<TaskRefusedException>(() => _engine.TasksAsync(s => s.AddApproverAsync(decision.Id, ApproverWang, "li", before: false, null)));

        Assert.That(refused!.Code, Is.EqualTo("separation-of-duties"));
    }
}
