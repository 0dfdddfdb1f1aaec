using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>One server per fixture and database, with the demo catalog and sample workflows loaded, and an Elsa API client.</summary>
public abstract class ElsaServer(TestDatabase database)
{
    private protected ServerProcess Server { get; private set; } = null!;
    private protected ElsaApiClient Elsa { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(database));
        Elsa = await ElsaApiClient.CreateAsync(Server);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Elsa.Dispose();
        await Server.DisposeAsync();
    }
}
