using System.Net;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>Saving, publishing and the version history through /elsa/api, as the editor and its versions tab use them.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DefinitionApiTests(TestDatabase database) : ElsaServer(database)
{
    [Test]
    public async Task Saving_over_a_draft_keeps_the_version_and_saving_after_a_publish_opens_the_next_one()
    {
        var draft = await Elsa.SaveAsync(DesignerJson.StartToEnd("草稿 Draft"));
        var definitionId = (string)draft["definitionId"]!;
        var autoSaved = await Elsa.SaveAsync(DesignerJson.StartToEnd("草稿 Draft, renamed", definitionId));
        var published = await Elsa.SaveAsync(DesignerJson.StartToEnd("已发布 Published", definitionId), publish: true);
        var next = await Elsa.SaveAsync(DesignerJson.DepartmentReview("第二版 Second", "PSB", definitionId));

        var versions = await Elsa.VersionsAsync(definitionId);
        var latest = await Elsa.GetAsync($"workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");
        var first = await Elsa.GetAsync($"workflow-definitions/by-id/{published["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That((int)autoSaved["version"]!, Is.EqualTo(1), "a save over a draft keeps its version");
            Assert.That((string)autoSaved["id"]!, Is.EqualTo((string)draft["id"]!));
            Assert.That((int)published["version"]!, Is.EqualTo(1));
            Assert.That((bool)published["isPublished"]!, Is.True);
            Assert.That((int)next["version"]!, Is.EqualTo(2), "a save after a publish opens version 2");
            Assert.That(versions.Select(v => ((int)v!["version"]!, (bool)v["isLatest"]!, (bool)v["isPublished"]!)),
                Is.EqualTo(new[] { (2, true, false), (1, false, true) }));
            Assert.That((string)latest.Object["name"]!, Is.EqualTo("第二版 Second"));
            Assert.That(latest.Object["root"]!["activities"]!.AsArray(), Has.Count.EqualTo(3));
            // The editor opens the latest version for editing only when it offers a publish link; an old version is read-only.
            Assert.That(latest.Object["links"]!.AsArray().Select(l => (string?)l!["rel"]), Does.Contain("publish"));
            Assert.That(first.Object["links"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_definition_that_fails_validation_is_refused_with_errors_naming_the_activity_and_input()
    {
        var model = DesignerJson.DepartmentReview("缺少部门 No department", department: "");

        var refused = await Elsa.PostAsync("workflow-definitions", new JsonObject { ["model"] = model.DeepClone(), ["publish"] = true });
        var draft = await Elsa.SaveAsync(model);
        var publishDraft = await Elsa.PostAsync($"workflow-definitions/{draft["definitionId"]}/publish");
        var published = await Elsa.GetAsync($"workflow-definitions/by-definition-id/{draft["definitionId"]}?versionOptions=Published");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.ContentHeaders.ContentType?.MediaType, Is.EqualTo("application/problem+json"), "Studio reads errors from problem+json only");
            Assert.That((string?)refused.Object["errors"]!["review.Department"]![0], Does.Contain("required input has no value"));
            Assert.That((bool)draft["isPublished"]!, Is.False, "auto-save keeps an invalid draft");
            Assert.That(publishDraft.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(publishDraft.Object["errors"]!.AsObject().Select(e => e.Key), Does.Contain("review.Department"));
            Assert.That(published.Status, Is.EqualTo(HttpStatusCode.NotFound), "nothing was published");
        });
    }

    [Test]
    public async Task Retracting_takes_the_published_version_out_of_service()
    {
        var published = await Elsa.SaveAsync(DesignerJson.StartToEnd("撤回 Retract"), publish: true);
        var definitionId = (string)published["definitionId"]!;

        var retracted = await Elsa.PostAsync($"workflow-definitions/{definitionId}/retract");
        var run = await Elsa.PostAsync($"workflow-definitions/{definitionId}/execute");
        var again = await Elsa.PostAsync($"workflow-definitions/{definitionId}/retract");

        Assert.Multiple(() =>
        {
            Assert.That(retracted.Status, Is.EqualTo(HttpStatusCode.OK), retracted.Body);
            Assert.That((bool)retracted.Object["isPublished"]!, Is.False);
            Assert.That(run.Status, Is.EqualTo(HttpStatusCode.BadRequest), "a retracted definition does not start");
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(again.Object["errors"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Reverting_to_an_earlier_version_makes_its_flowchart_the_latest_draft()
    {
        var first = await Elsa.SaveAsync(DesignerJson.StartToEnd("回退 Revert"), publish: true);
        var definitionId = (string)first["definitionId"]!;
        await Elsa.SaveAsync(DesignerJson.DepartmentReview("回退 Revert", "PSB", definitionId));

        var reverted = await Elsa.PostAsync($"workflow-definitions/{definitionId}/revert/1");
        var latest = await Elsa.GetAsync($"workflow-definitions/by-definition-id/{definitionId}?versionOptions=Latest");

        Assert.Multiple(() =>
        {
            Assert.That(reverted.Status, Is.EqualTo(HttpStatusCode.OK), reverted.Body);
            Assert.That((int)reverted.Object["version"]!, Is.EqualTo(2), "the draft after the publish takes the old flowchart");
            Assert.That(latest.Object["root"]!["activities"]!.AsArray().Select(a => (string?)a!["type"]), Is.EqualTo(new[] { "Elsa.Start", "Elsa.End" }));
            Assert.That((bool)latest.Object["isPublished"]!, Is.False, "a revert is not a publish");
        });
    }

    [Test]
    public async Task Deleting_a_version_removes_it_from_the_history_but_a_published_version_stays()
    {
        var first = await Elsa.SaveAsync(DesignerJson.StartToEnd("删除版本 Delete version"), publish: true);
        var definitionId = (string)first["definitionId"]!;
        var second = await Elsa.SaveAsync(DesignerJson.DepartmentReview("删除版本 Delete version", "PSB", definitionId));

        var refused = await Elsa.DeleteAsync($"workflow-definition-versions/{first["id"]}");
        var deleted = await Elsa.DeleteAsync($"workflow-definition-versions/{second["id"]}");
        var versions = await Elsa.VersionsAsync(definitionId);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(versions.Select(v => ((int)v!["version"]!, (bool)v["isLatest"]!, (bool)v["isPublished"]!)),
                Is.EqualTo(new[] { (1, true, true) }), "version 1 is the latest again");
        });
    }

    [Test]
    public async Task An_exported_definition_imports_as_a_draft_of_the_same_definition_or_as_a_new_one()
    {
        var published = await Elsa.SaveAsync(DesignerJson.DepartmentReview("导出 Export", "SAMR"), publish: true);
        var definitionId = (string)published["definitionId"]!;

        var export = await Elsa.GetAsync($"workflow-definitions/{definitionId}/export?versionOptions=Published");
        var file = export.Object;
        var sameDefinition = await Elsa.PostAsync("workflow-definitions/import", file.DeepClone());
        var copy = file.DeepClone().AsObject();
        copy.Remove("definitionId");
        var newDefinition = await Elsa.PostAsync("workflow-definitions/import", copy);

        Assert.Multiple(() =>
        {
            Assert.That(export.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(export.ContentHeaders.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That((string?)file["definitionId"], Is.EqualTo(definitionId));
            Assert.That((string?)file["root"]!["activities"]![1]!["department"]!["expression"]!["value"], Is.EqualTo("SAMR"));
            Assert.That(sameDefinition.Status, Is.EqualTo(HttpStatusCode.OK), sameDefinition.Body);
            Assert.That((string?)sameDefinition.Object["definitionId"], Is.EqualTo(definitionId));
            Assert.That((int)sameDefinition.Object["version"]!, Is.EqualTo(2), "the import opens a draft after the published version");
            Assert.That((bool)sameDefinition.Object["isPublished"]!, Is.False);
            Assert.That((string?)newDefinition.Object["definitionId"], Is.Not.EqualTo(definitionId));
            Assert.That((string?)newDefinition.Object["name"], Is.EqualTo("导出 Export"));
            Assert.That(newDefinition.Object["root"]!["activities"]!.AsArray(), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task The_list_shows_the_samples_and_a_name_in_use_is_not_unique()
    {
        var list = await Elsa.GetAsync("workflow-definitions?versionOptions=Latest&Page=0&PageSize=100");
        var taken = await Elsa.GetAsync($"workflow-definitions/validation/is-name-unique?name={Uri.EscapeDataString("新生儿出生一件事")}");
        var free = await Elsa.GetAsync($"workflow-definitions/validation/is-name-unique?name={Guid.NewGuid():N}");

        Assert.Multiple(() =>
        {
            Assert.That(list.Object["items"]!.AsArray().Select(d => (string?)d!["definitionId"]), Does.Contain("sample-newborn").And.Contain("sample-open-business"));
            Assert.That((bool)taken.Object["isUnique"]!, Is.False);
            Assert.That((bool)free.Object["isUnique"]!, Is.True);
        });
    }
}
