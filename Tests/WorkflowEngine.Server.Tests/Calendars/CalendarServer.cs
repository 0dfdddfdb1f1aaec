using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Calendars;

/// <summary>One server per fixture and database, with the administrator key set, for the calendar API tests.</summary>
public abstract class CalendarServer(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;
    private protected ServerProcess Server { get; private set; } = null!;
    private protected HttpClient Http { get; private set; } = null!;
    private protected CalendarClient Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(Database), CalendarClient.ServerSettings());
        Http = Server.CreateClient();
        Api = new CalendarClient(Http);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
