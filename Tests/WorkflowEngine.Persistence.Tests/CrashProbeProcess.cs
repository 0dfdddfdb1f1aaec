using System.Diagnostics;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Tests.Persistence;

/// <summary>Runs the crash probe as a separate process and kills it with SIGKILL when told to.</summary>
internal sealed class CrashProbeProcess : IDisposable
{
    readonly Process _process;

    CrashProbeProcess(Process process) => _process = process;

    public static CrashProbeProcess Start(PersistenceOptions persistence, bool stallInsideBurst, params string[] command)
    {
        var here = AppContext.BaseDirectory;
        var probe = Path.Combine(here.Replace("WorkflowEngine.Persistence.Tests", "WorkflowEngine.CrashProbe"), "WorkflowEngine.CrashProbe.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { probe, persistence.Provider.ToString(), persistence.ConnectionString }.Concat(command)) info.ArgumentList.Add(arg);
        if (stallInsideBurst) info.Environment[Testing.Stall.Variable] = "1";
        return new CrashProbeProcess(Process.Start(info)!);
    }

    /// <summary>Waits for a line that starts with the prefix; fails with what the process said if it does not come.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await _process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
                if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
        }
        catch (OperationCanceledException) { }
        Kill();
        throw new AssertionException($"the probe never printed '{prefix}'. stderr: {await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>SIGKILL: no finally blocks, no flushing, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
