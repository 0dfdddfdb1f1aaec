using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>
/// Every sample workflow opens in the designer as the editor asks for it: published, editable, every activity one the
/// palette knows, and laid out so that no two activities sit on top of each other.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
public class SampleWorkflowDesignerTests(TestDatabase database) : ElsaServer(database)
{
    static readonly string[] Samples =
        ["sample-open-business", "sample-open-restaurant", "sample-newborn", "sample-construction-parallel", "sample-hpf-withdrawal", "sample-food-licence"];

    // The editor's node boxes are about this size at the default zoom.
    const double NodeWidth = 200, NodeHeight = 60;

    [TestCaseSource(nameof(Samples))]
    public async Task The_sample_opens_in_the_editor_with_known_activities_and_no_overlapping_nodes(string definitionId)
    {
        var definition = await Elsa.GetAsync($"workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");
        var palette = (await Elsa.GetAsync("descriptors/activities?Refresh=True")).Object["items"]!.AsArray()
            .Select(d => (string?)d!["typeName"]).ToHashSet();

        var activities = definition.Object["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var positions = activities.Select(a => a["metadata"]?["designer"]?["position"]).ToList();
        var overlapping = Pairs(activities.Count).Where(p => Overlap(positions[p.A], positions[p.B]))
            .Select(p => $"{activities[p.A]["id"]} and {activities[p.B]["id"]}").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(definition.Status, Is.EqualTo(HttpStatusCode.OK), definition.Body);
            Assert.That((bool)definition.Object["isPublished"]!, Is.True);
            Assert.That(definition.Object["links"]!.ToJsonString(), Does.Contain("/publish"), "the editor opens it for editing, not read-only");
            Assert.That(activities.Select(a => (string?)a["type"]).Where(t => !palette.Contains(t)), Is.Empty, "activity types the palette does not know");
            Assert.That(positions, Has.All.Not.Null, "every activity has a position");
            Assert.That(overlapping, Is.Empty, "activities drawn on top of each other");
        }
    }

    static IEnumerable<(int A, int B)> Pairs(int count) =>
        from a in Enumerable.Range(0, count) from b in Enumerable.Range(a + 1, count - a - 1) select (a, b);

    static bool Overlap(JsonNode? first, JsonNode? second) =>
        first is not null && second is not null
        && Math.Abs((double)first["x"]! - (double)second["x"]!) < NodeWidth
        && Math.Abs((double)first["y"]! - (double)second["y"]!) < NodeHeight;
}
