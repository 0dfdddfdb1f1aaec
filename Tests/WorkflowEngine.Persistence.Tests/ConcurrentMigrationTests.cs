using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence;

public class ConcurrentMigrationTests
{
    [Test]
    public async Task Nodes_migrating_a_fresh_postgresql_database_at_the_same_moment_all_succeed()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);

        var failures = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await using var engine = await TestEngine.StartAsync(persistence);
                return null;
            }
            catch (Exception e)
            {
                return e.Message;
            }
        })));

        Assert.That(failures.Where(f => f is not null), Is.Empty, "a node failed to migrate");
    }
}
