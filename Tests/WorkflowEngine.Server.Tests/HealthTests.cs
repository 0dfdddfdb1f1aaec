using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class HealthTests(TestDatabase database)
{
    [Test]
    public async Task A_fresh_server_creates_its_database_and_reports_healthy()
    {
        await using var server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(database));
        using var http = server.CreateClient();

        var response = await http.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task A_server_whose_database_is_unreachable_reports_unhealthy_instead_of_pretending()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using var server = await ServerProcess.StartAsync(persistence);
        using var http = server.CreateClient();
        await BreakDatabaseAsync(persistence);

        var response = await http.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    static async Task BreakDatabaseAsync(WorkflowEngine.Persistence.PersistenceOptions persistence)
    {
        if (persistence.Provider == WorkflowEngine.Persistence.DatabaseProvider.PostgreSql)
        {
            var cluster = await PostgresCluster.GetSharedAsync();
            var name = new Npgsql.NpgsqlConnectionStringBuilder(persistence.ConnectionString).Database!;
            await using var admin = new Npgsql.NpgsqlConnection(cluster.AdminConnectionString);
            await admin.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(persistence.ConnectionString).DataSource;
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
