using System.Diagnostics;
using System.Text.RegularExpressions;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Testing;

/// <summary>
/// The real server as a separate process on a free loopback port, for tests that speak HTTP to it, restart it
/// or kill it. The database is passed through the same configuration keys an operator would use.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly List<string> _output = [];

    ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }
    public int ProcessId => _process.Id;
    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    public IReadOnlyList<string> Output { get { lock (_output) return [.. _output]; } }

    // Generous: CI starts many servers at once on two cores, and a first start migrates and seeds the demo data.
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);

    public static async Task<ServerProcess> StartAsync(PersistenceOptions persistence, IDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerAssembly());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment["Persistence__Provider"] = persistence.Provider.ToString();
        info.Environment["Persistence__ConnectionString"] = persistence.ConnectionString;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        // The server lives on the tests' fixed date unless the settings name another instant.
        foreach (var (key, value) in TestTime.ServerSettings()) info.Environment[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = Process.Start(info)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new ServerProcess(process, new Uri("http://127.0.0.1"));
        void Collect(string? line)
        {
            if (line is null) return;
            lock (server._output) server._output.Add(line);
            if (ListeningOn().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(timeout ?? StartTimeout));
        if (finished != listening.Task)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException("the server did not start:\n" + string.Join("\n", server.Output.TakeLast(40)));
        }
        return new ServerProcess(process, await listening.Task) { };
    }

    /// <summary>SIGKILL, as a crash or a power cut would end it.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    static string ServerAssembly()
    {
        // Tests run from Tests/<project>/bin/<configuration>/net10.0; the server is built beside them.
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "Hosts", "WorkflowEngine.Server", "bin", configuration, "net10.0", "WorkflowEngine.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the server first", path);
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex ListeningOn();
}
