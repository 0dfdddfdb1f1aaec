// A process for crash tests to kill: it runs engine operations against a database named on the command line,
// prints a line after each commit, and then waits to be killed.
//   CrashProbe <Sqlite|PostgreSql> <connection string> <definition version id or "-"> <command> [args]
//   commands: start <key>                → prints STARTED <instanceId>
//             resume <eventName>          → prints RESUMED
using System.Text.Json.Nodes;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

var persistence = new PersistenceOptions { Provider = Enum.Parse<DatabaseProvider>(args[0]), ConnectionString = args[1] };
await using var engine = await TestEngine.StartAsync(persistence, r => r.Add<Stall>());
switch (args[2])
{
    case "start":
        var result = await engine.Runtime.StartAsync(args[3], new StartRequest(new JsonObject { ["key"] = args[4] }));
        Console.WriteLine($"STARTED {result.InstanceId}");
        break;
    case "resume":
        await engine.Runtime.ResumeAsync("Elsa.Event", args[3], null);
        Console.WriteLine("RESUMED");
        break;
}
Console.Out.Flush();
Thread.Sleep(Timeout.Infinite);
