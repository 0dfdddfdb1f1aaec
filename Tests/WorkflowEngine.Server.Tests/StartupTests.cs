using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server;

public class StartupTests
{
    [Test]
    public async Task Four_nodes_starting_at_once_on_a_fresh_postgresql_database_all_come_up()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);

        var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ServerProcess.StartAsync(persistence)));
        try
        {
            foreach (var node in nodes)
            {
                using var http = node.CreateClient();
                Assert.That((await http.GetAsync("/health")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }
}
