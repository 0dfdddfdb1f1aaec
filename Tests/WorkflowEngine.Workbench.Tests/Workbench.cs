using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>The real server (demo catalog, accounts and sample processes) on a fresh database, and one browser for a fixture.</summary>
public sealed class Workbench : IAsyncDisposable
{
    Workbench(ServerProcess server, Browser browser) => (Server, Browser) = (server, browser);

    public ServerProcess Server { get; }
    public Browser Browser { get; }

    public static async Task<Workbench> StartAsync(TestDatabase database)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        var keys = Path.Combine(Path.GetTempPath(), "wfe-keys-" + Guid.NewGuid().ToString("N"));
        var server = await ServerProcess.StartAsync(persistence, new Dictionary<string, string>
        {
            ["Access__KeysFolder"] = keys,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        }, TimeSpan.FromSeconds(120));
        try
        {
            return new Workbench(server, new Browser(server.Address));
        }
        catch
        {
            await server.DisposeAsync(); // no browser: do not leave the server running either
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Server.DisposeAsync();
    }
}
