using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Runtime;

public class FlowchartExecutorTests
{
    static ExecutorHarness Harness(Flow flow) =>
        new(flow.Build(), r => r.Add<Flaky>().Add<Review>().Add<TwoSignatures>());

    [Test]
    public async Task A_straight_line_runs_to_the_end_in_one_burst()
    {
        var run = await Harness(new Flow().Activity("start", "Elsa.Start").Activity("end", "Elsa.End").Connect("start", "end")).StartAsync();

        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Finished));
        Assert.That(run.Completed, Is.EqualTo(new[] { "start", "end" }));
    }

    [TestCase(250, "high")]
    [TestCase(50, "low")]
    public async Task A_decision_takes_the_port_its_condition_chooses(int amount, string expected)
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:getInput('amount') > 100"))
            .Activity("high", "Elsa.Event", ("eventName", "high"))
            .Activity("low", "Elsa.Event", ("eventName", "low"))
            .Connect("start", "decide").Connect("decide", "high", "True").Connect("decide", "low", "False");

        var run = await Harness(flow).StartAsync(new JsonObject { ["amount"] = amount });

        Assert.That(run.WaitingAt, Is.EqualTo(new[] { expected }));
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Suspended));
    }

    [Test]
    public async Task A_wait_all_join_continues_only_after_every_branch_arrived()
    {
        var run = await Harness(Flow.ForkOfThreeEvents()).StartAsync(new JsonObject { ["key"] = "k" });
        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "a", "b", "c" }));

        await run.ResumeAsync("b");
        await run.ResumeAsync("a");
        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Running), "one branch is still out");
        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "c" }));

        await run.ResumeAsync("c");
        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(run.Completed.Count(n => n == "join"), Is.EqualTo(1), "the join fires once");
        Assert.That(run.Bookmarks, Is.Empty);
    }

    [Test]
    public async Task A_wait_any_join_continues_on_the_first_branch_and_cancels_the_others()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\"]"))
            .Activity("a", "Elsa.Event", ("eventName", "a"))
            .Activity("b", "Elsa.Event", ("eventName", "b"))
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAny"))
            .Activity("after", "Elsa.Event", ("eventName", "after"))
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b")
            .Connect("a", "join").Connect("b", "join").Connect("join", "after");

        var run = await Harness(flow).StartAsync();
        await run.ResumeAsync("b");

        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "after" }));
        Assert.That(run.Journal.Any(j => j.Event == JournalEvents.Cancelled && j.NodeId == "a"), Is.True);
    }

    [Test]
    public async Task A_branch_returned_twice_for_revision_still_reaches_the_join_and_completes()
    {
        // elsa-core #7724: a loop back inside one branch of a fork left the join waiting forever.
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"police\",\"tax\"]"))
            .Activity("revise", "Elsa.Event", ("eventName", "revise"))
            .Activity("policeReview", "Test.Review")
            .Activity("taxReview", "Test.Review")
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAll"))
            .Activity("end", "Elsa.End")
            .Connect("start", "fork").Connect("fork", "policeReview", "police").Connect("fork", "taxReview", "tax")
            .Connect("policeReview", "revise", "Returned").Connect("revise", "policeReview")
            .Connect("policeReview", "join", "Approved").Connect("taxReview", "join", "Approved")
            .Connect("join", "end");

        var run = await Harness(flow).StartAsync();
        await run.ResumeAsync("taxReview", new JsonObject { ["outcome"] = "Approved" });
        for (var pass = 0; pass < 2; pass++)
        {
            await run.ResumeAsync("policeReview", new JsonObject { ["outcome"] = "Returned" });
            Assert.That(run.WaitingAt, Is.EqualTo(new[] { "revise" }));
            await run.ResumeAsync("revise");
        }
        await run.ResumeAsync("policeReview", new JsonObject { ["outcome"] = "Approved" });

        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(run.Completed.Count(n => n == "policeReview"), Is.EqualTo(3));
        Assert.That(run.Completed.Count(n => n == "join"), Is.EqualTo(1));
    }

    [Test]
    public async Task Returning_to_before_the_fork_restarts_the_parallel_review_and_the_join_fires_once()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("intake", "Elsa.Event", ("eventName", "intake"))
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"x\",\"y\"]"))
            .Activity("x", "Test.Review")
            .Activity("y", "Test.Review")
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAll"))
            .Activity("end", "Elsa.End")
            .Connect("start", "intake").Connect("intake", "fork").Connect("fork", "x", "x").Connect("fork", "y", "y")
            .Connect("x", "intake", "Returned").Connect("x", "join", "Approved").Connect("y", "join", "Approved")
            .Connect("join", "end");

        var run = await Harness(flow).StartAsync();
        await run.ResumeAsync("intake");
        await run.ResumeAsync("y", new JsonObject { ["outcome"] = "Approved" });
        await run.ResumeAsync("x", new JsonObject { ["outcome"] = "Returned" });
        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "intake" }), "the join must not fire while the case is back at intake");

        await run.ResumeAsync("intake");
        await run.ResumeAsync("x", new JsonObject { ["outcome"] = "Approved" });
        await run.ResumeAsync("y", new JsonObject { ["outcome"] = "Approved" });

        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(run.Completed.Count(n => n == "join"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_activity_waiting_on_two_bookmarks_keeps_the_second_after_the_first_is_resumed()
    {
        var flow = new Flow().Activity("start", "Elsa.Start").Activity("sign", "Test.TwoSignatures").Activity("end", "Elsa.End")
            .Connect("start", "sign").Connect("sign", "end");
        var run = await Harness(flow).StartAsync();
        Assert.That(run.Bookmarks, Has.Count.EqualTo(2));

        await run.ResumeStaleAsync(run.Bookmarks[0]);
        Assert.That(run.Bookmarks, Has.Count.EqualTo(1), "the other signature is still awaited");
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Suspended));

        await run.ResumeStaleAsync(run.Bookmarks[0]);
        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task Completing_on_one_of_several_bookmarks_burns_the_rest()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\"]"))
            .Activity("a", "Elsa.Event", ("eventName", "a"))
            .Activity("b", "Elsa.Event", ("eventName", "b"))
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAny"))
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("a", "join").Connect("b", "join");
        var run = await Harness(flow).StartAsync();

        await run.ResumeAsync("a");

        Assert.That(run.Bookmarks, Is.Empty);
        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task Set_variable_writes_a_variable_that_later_expressions_read()
    {
        var flow = new Flow()
            .Variable("total", "Int32", "1")
            .Activity("start", "Elsa.Start")
            .Activity("set", "Elsa.SetVariable", ("value", "js:getVariable('total') + getInput('extra')"))
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:variables.total === 6"))
            .Activity("yes", "Elsa.Event", ("eventName", "yes"))
            .Connect("start", "set").Connect("set", "decide").Connect("decide", "yes", "True");
        var model = flow.Build();
        model["root"]!["activities"]![1]!["variable"] = new JsonObject { ["id"] = "total-id", ["name"] = "total" };

        var run = await new ExecutorHarness(model).StartAsync(new JsonObject { ["extra"] = 5 });

        Assert.That(run.Instance.Variables["total"]!.ToJsonString(), Is.EqualTo("6"));
        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "yes" }));
    }

    [Test]
    public async Task A_failing_activity_becomes_an_incident_and_a_retry_after_the_fix_continues()
    {
        var flow = new Flow()
            .Variable("broken", "Boolean", "true")
            .Activity("start", "Elsa.Start")
            .Activity("call", "Test.Flaky")
            .Activity("done", "Elsa.Event", ("eventName", "done"))
            .Connect("start", "call").Connect("call", "done");

        var run = await Harness(flow).StartAsync();
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted));
        Assert.That(run.Instance.Incidents.Single().Message, Does.Contain("department system is down"));
        Assert.That(run.Instance.Incidents.Single().NodeId, Is.EqualTo("call"));

        run.Instance.Variables["broken"] = false;
        await run.RetryAsync();

        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Suspended));
        Assert.That(run.Instance.OpenIncidentCount, Is.Zero);
        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "done" }));
        Assert.That(run.Outbox.Single().Topic, Is.EqualTo("flaky.passed"));
    }

    [Test]
    public async Task A_fault_in_one_branch_does_not_stop_the_other_branch()
    {
        var flow = new Flow()
            .Variable("broken", "Boolean", "true")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\"]"))
            .Activity("call", "Test.Flaky")
            .Activity("wait", "Elsa.Event", ("eventName", "w"))
            .Connect("start", "fork").Connect("fork", "call", "a").Connect("fork", "wait", "b");

        var run = await Harness(flow).StartAsync();

        Assert.That(run.WaitingAt, Is.EqualTo(new[] { "wait" }));
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted));
    }

    [Test]
    public async Task An_expression_that_throws_becomes_an_incident_naming_the_activity()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:getInput('applicant').name.length > 0"))
            .Connect("start", "decide");

        var run = await Harness(flow).StartAsync();

        var incident = run.Instance.Incidents.Single();
        Assert.That(incident.NodeId, Is.EqualTo("decide"));
        Assert.That(incident.Message, Does.Contain("name"));
    }

    [TestCase("(f => f(f))(f => f(f))", "call depth")]
    [TestCase("'x'.repeat(1e9).length > 0", "string longer")]
    [TestCase("[1,2,3].map(a => [1,2,3,4,5,6,7,8,9,10].map(b => Array.of(1,2,3,4,5,6,7,8,9,10).map(c => [1,2,3,4,5,6,7,8,9,10].map(d => [1,2,3,4,5,6,7,8,9,10].map(e => e))))).length > 0", "steps")]
    public async Task A_runaway_expression_is_stopped_and_becomes_an_incident(string condition, string limit)
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:" + condition))
            .Connect("start", "decide");

        var run = await Harness(flow).StartAsync();

        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted));
        Assert.That(run.Instance.Incidents.Single().Message, Does.Contain(limit));
    }

    [Test]
    public async Task An_endless_loop_without_waiting_is_stopped_as_an_incident()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("again", "Elsa.FlowDecision", ("condition", "js:true"))
            .Connect("start", "again").Connect("again", "again", "True");

        var run = await Harness(flow).StartAsync();

        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Faulted));
        Assert.That(run.Instance.Incidents.Single().Message, Does.Contain("loops"));
    }

    [Test]
    public async Task Cancel_burns_every_bookmark_and_finishes_the_instance()
    {
        var run = await Harness(Flow.ForkOfThreeEvents()).StartAsync(new JsonObject { ["key"] = "k" });

        run.Cancel();

        Assert.That(run.Bookmarks, Is.Empty);
        Assert.That(run.Instance.SubStatus, Is.EqualTo(WorkflowSubStatus.Cancelled));
        Assert.That(run.Instance.Tokens, Is.Empty);
    }

    [Test]
    public async Task End_in_one_branch_ends_the_workflow_and_cancels_the_waiting_branch()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\"]"))
            .Activity("a", "Elsa.Event", ("eventName", "a"))
            .Activity("b", "Elsa.Event", ("eventName", "b"))
            .Activity("end", "Elsa.End")
            .Connect("start", "fork").Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("a", "end");

        var run = await Harness(flow).StartAsync();
        await run.ResumeAsync("a");

        Assert.That(run.Instance.Status, Is.EqualTo(WorkflowStatus.Finished));
        Assert.That(run.Bookmarks, Is.Empty);
    }

    [Test]
    public async Task Resuming_a_bookmark_twice_is_refused_the_second_time()
    {
        var run = await Harness(Flow.ForkOfThreeEvents()).StartAsync(new JsonObject { ["key"] = "k" });
        var bookmark = run.Bookmarks.First();
        await run.ResumeAsync(bookmark.NodeId);

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => run.ResumeStaleAsync(bookmark));
        Assert.That(run.WaitingAt, Has.Exactly(2).Items, "the other two branches still wait");
    }
}
