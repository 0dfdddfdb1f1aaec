using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>The Run button and what the instance list and viewer show of the instance it starts.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class InstanceApiTests(TestDatabase database) : ElsaServer(database)
{
    async Task<string> RunAsync(JsonObject model)
    {
        var definition = await Elsa.SaveAsync(model, publish: true);
        var run = await Elsa.PostAsync($"workflow-definitions/{definition["definitionId"]}/execute");
        Assert.That(run.Status, Is.EqualTo(HttpStatusCode.OK), run.Body);
        return run.Headers.GetValues("x-elsa-workflow-instance-id").Single();
    }

    [Test]
    public async Task A_flowchart_drawn_in_the_designer_and_published_runs_and_waits_at_the_department_review()
    {
        var instanceId = await RunAsync(DesignerJson.DepartmentReview("公安审查 PSB review", "PSB"));

        var instance = await Elsa.GetAsync($"workflow-instances/{instanceId}");
        var journal = await Elsa.GetAsync($"workflow-instances/{instanceId}/journal?skip=0&take=50");
        var report = await Elsa.PostAsync("activity-executions/report",
            new JsonObject { ["workflowInstanceId"] = instanceId, ["activityNodeIds"] = new JsonArray("Workflow1:start", "Workflow1:review", "Workflow1:end") });

        Assert.Multiple(() =>
        {
            Assert.That((string?)instance.Object["status"], Is.EqualTo("Running"));
            Assert.That((string?)instance.Object["subStatus"], Is.EqualTo("Suspended"), "it waits for the reviewer");
            Assert.That(instance.Object["workflowState"]!["bookmarks"]!.AsArray().Select(b => (string?)b!["activityId"]), Is.EqualTo(new[] { "review" }));
            var lines = journal.Object["items"]!.AsArray();
            Assert.That((long)journal.Object["totalCount"]!, Is.EqualTo(lines.Count));
            Assert.That(lines.Select(l => ((string?)l!["activityId"], (string?)l["eventName"])), Does.Contain(("review", "TaskOpened")));
            Assert.That(lines.Where(l => (string?)l!["activityId"] == "review").Select(l => (string?)l!["message"]), Has.Some.Contains("PSB"));
            var stats = report.Object["stats"]!.AsArray();
            Assert.That(stats.Single(s => (string?)s!["activityId"] == "review")!["isBlocked"]!.GetValue<bool>(), Is.True);
            Assert.That(stats.Select(s => (string?)s!["activityId"]), Does.Not.Contain("end"), "the end was not reached");
        });
    }

    [Test]
    public async Task A_flowchart_from_start_to_end_finishes_when_run_and_the_instance_list_shows_it()
    {
        var instanceId = await RunAsync(DesignerJson.StartToEnd("直接办结 Straight through"));
        var definitionId = (string)(await Elsa.GetAsync($"workflow-instances/{instanceId}")).Object["definitionId"]!;

        var list = await Elsa.PostAsync("workflow-instances", new JsonObject { ["page"] = 0, ["pageSize"] = 10, ["definitionIds"] = new JsonArray(definitionId) });
        var finished = await Elsa.PostAsync("workflow-instances", new JsonObject { ["subStatuses"] = new JsonArray("Finished"), ["pageSize"] = 500 });
        var suspended = await Elsa.PostAsync("workflow-instances", new JsonObject { ["subStatus"] = "Suspended", ["pageSize"] = 500 });

        Assert.Multiple(() =>
        {
            var items = list.Object["items"]!.AsArray();
            Assert.That(items.Select(i => ((string?)i!["id"], (string?)i["status"], (string?)i["subStatus"])), Is.EqualTo(new[] { (instanceId, "Finished", "Finished") }));
            Assert.That((long)list.Object["totalCount"]!, Is.EqualTo(1));
            Assert.That(finished.Object["items"]!.AsArray().Select(i => (string?)i!["id"]), Does.Contain(instanceId));
            Assert.That(suspended.Object["items"]!.AsArray().Select(i => (string?)i!["id"]), Does.Not.Contain(instanceId));
        });
    }

    [Test]
    public async Task A_waiting_instance_can_be_cancelled_and_then_deleted()
    {
        var instanceId = await RunAsync(DesignerJson.DepartmentReview("取消 Cancel", "SAMR"));

        var cancelled = await Elsa.PostAsync($"cancel/workflow-instances/{instanceId}");
        var state = await Elsa.GetAsync($"workflow-instances/{instanceId}/execution-state");
        var deleted = await Elsa.DeleteAsync($"workflow-instances/{instanceId}");
        var gone = await Elsa.GetAsync($"workflow-instances/{instanceId}");

        Assert.Multiple(() =>
        {
            Assert.That(cancelled.Status, Is.EqualTo(HttpStatusCode.OK), cancelled.Body);
            Assert.That((string?)state.Object["subStatus"], Is.EqualTo("Cancelled"));
            Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(gone.Status, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Running_a_definition_that_does_not_exist_is_not_found()
    {
        var run = await Elsa.PostAsync($"workflow-definitions/{Guid.NewGuid():N}/execute");

        Assert.That(run.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
