using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>What the editor loads before it draws: the palette from our activity classes, catalog dropdowns, the settings lists.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DescriptorApiTests(TestDatabase database) : ElsaServer(database)
{
    async Task<JsonArray> ActivitiesAsync()
    {
        var answer = await Elsa.GetAsync("descriptors/activities?Refresh=True");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
        return answer.Object["items"]!.AsArray();
    }

    static JsonObject Find(JsonArray descriptors, string typeName) =>
        descriptors.Single(d => (string?)d!["typeName"] == typeName)!.AsObject();

    [Test]
    public async Task The_palette_has_the_政务审批_category_with_our_approval_activities_and_their_ports()
    {
        var descriptors = await ActivitiesAsync();

        var approvals = descriptors.Where(d => (string?)d!["category"] == "政务审批").Select(d => (string?)d!["typeName"]).ToList();
        var review = Find(descriptors, "Approvals.DepartmentReview");
        Assert.Multiple(() =>
        {
            Assert.That(approvals, Is.SupersetOf(new[] { "Approvals.UnifiedIntake", "Approvals.DepartmentReview", "Approvals.JointReview", "Approvals.TimeLimit", "Approvals.SingleWindowIssue" }));
            Assert.That((string?)review["kind"], Is.EqualTo("Task"), "enums are written as strings");
            Assert.That(review["ports"]!.AsArray().Select(p => ((string?)p!["name"], (string?)p["displayName"])),
                Is.EqualTo(new[] { ("Approved", "通过"), ("Rejected", "不予许可"), ("Returned", "退回补正") }));
            Assert.That(descriptors.Select(d => (string?)d!["typeName"]), Does.Contain("Elsa.Start").And.Contain("Elsa.FlowJoin"));
        });
    }

    [Test]
    public async Task Choosing_a_department_is_a_dropdown_filled_from_the_catalog()
    {
        var review = Find(await ActivitiesAsync(), "Approvals.DepartmentReview");

        var department = review["inputs"]!.AsArray().Single(i => (string?)i!["name"] == "Department")!;
        var choices = department["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((string?)department["uiHint"], Is.EqualTo("dropdown"));
            Assert.That(choices.Select(c => ((string?)c!["value"], (string?)c["text"])), Does.Contain(("PSB", "公安局 (PSB)")).And.Contain(("SAMR", "市场监督管理局 (SAMR)")));
        });
    }

    [TestCase("descriptors/workflow-activation-strategies")]
    [TestCase("descriptors/log-persistence-strategies")]
    [TestCase("descriptors/incident-strategies")]
    [TestCase("descriptors/commit-strategies/workflows")]
    [TestCase("descriptors/commit-strategies/activities")]
    [TestCase("descriptors/storage-drivers")]
    [TestCase("descriptors/variables")]
    public async Task Every_settings_list_the_editor_opens_with_is_answered(string path)
    {
        var answer = await Elsa.GetAsync(path);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Object["items"]!.AsArray(), Is.Not.Empty, "an empty list leaves the editor's dropdown without a value");
    }

    [Test]
    public async Task Inputs_can_be_written_in_javascript_besides_literals()
    {
        var answer = await Elsa.GetAsync("descriptors/expression-descriptors");

        var browsable = answer.Object["items"]!.AsArray().Where(e => (bool)e!["isBrowsable"]!).Select(e => (string?)e!["type"]);
        Assert.That(browsable, Is.EquivalentTo(new[] { "Literal", "JavaScript" }));
    }
}
