using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>
/// The same fork/join process on bpmn-engine (Node), persisted to PostgreSQL after every step
/// (<c>bench/bpmn-engine/forkjoin.js</c>), run from this process so both figures come from one run on one machine.
/// </summary>
internal static partial class BpmnEnginePeer
{
    /// <summary>Instances per second, or null with the reason printed when Node is not available.</summary>
    public static async Task<double?> RunAsync(int instances, int clients = 1)
    {
        var folder = Path.Combine(RepositoryRoot(), "bench", "bpmn-engine");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")) && await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund") is null)
            return null;
        var options = await TestEngine.CreateDatabaseAsync(TestDatabase.PostgreSql);
        var output = await RunAsync("node", folder, "forkjoin.js", "--instances", instances.ToString(CultureInfo.InvariantCulture),
            "--clients", clients.ToString(CultureInfo.InvariantCulture), "--connection", Url(options.ConnectionString));
        if (output is null) return null;
        var match = Rate().Match(output);
        if (!match.Success) throw new InvalidOperationException("bpmn-engine printed no rate:\n" + output);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    static string Url(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        return $"postgres://{Uri.EscapeDataString(b.Username ?? "postgres")}{password}@{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database!)}";
    }

    static async Task<string?> RunAsync(string program, string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"bpmn-engine: skipped ({program} is not installed)");
            return null;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed:\n{await stderr}");
            return await stdout;
        }
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowEngine.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmark from inside the repository");
    }

    [GeneratedRegex(@"bpmn-engine: ([0-9.]+) instances/s")]
    private static partial Regex Rate();
}
