using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server;

/// <summary>A node can be configured to serve only the API: the workbench pages are then not there, the API is.</summary>
[TestFixture]
public class NodeRoleTests
{
    [Test]
    public async Task A_node_with_the_workbench_switched_off_serves_the_api_but_no_workbench_pages()
    {
        var database = await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite);
        await using var apiOnly = await ServerProcess.StartAsync(database, new Dictionary<string, string> { ["Workbench__Enabled"] = "false", ["Scheduling__Enabled"] = "false" });
        using var clerk = await StaffSession.SignInAsync(apiOnly.Address, "clerk");

        var inbox = await clerk.GetAsync("/intake");
        var catalog = await clerk.GetAsync("/api/v1/catalog/packages");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbox.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(catalog.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task A_node_with_the_workbench_on_serves_the_intake_page_to_a_clerk()
    {
        await using var node = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite));
        using var clerk = await StaffSession.SignInAsync(node.Address, "clerk");

        var intake = await clerk.GetAsync("/intake");

        Assert.That(intake.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
