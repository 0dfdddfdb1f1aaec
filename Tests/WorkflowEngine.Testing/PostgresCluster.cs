using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace WorkflowEngine.Testing;

/// <summary>
/// A throw-away PostgreSQL 15 cluster for integration tests: <c>initdb</c> into a fresh temp directory,
/// started on a free loopback port, stopped (<c>pg_ctl stop -m immediate</c>) and deleted on dispose or at
/// process exit. When the process runs as root, the cluster is created and run as the <c>postgres</c> OS user
/// (initdb and postgres refuse to run as root).
/// <para>
/// Leftovers cannot outlive the test process for long: a watchdog shell per cluster stops and deletes it as soon
/// as the process is gone (even after SIGKILL, or vstest killing the test host 100 ms after the run), and the
/// first start in a process removes clusters whose owning process no longer exists.
/// </para>
/// <para>
/// If <see cref="ConnectionStringVariable"/> holds a connection string, that server is used instead and is
/// never stopped; only the databases created through this object are dropped again on dispose.
/// </para>
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>Connection string of an existing server to use instead of starting one.</summary>
    public const string ConnectionStringVariable = "WORKFLOWENGINE_TEST_POSTGRES";

    /// <summary>Directory holding initdb, pg_ctl and postgres; overrides the search.</summary>
    public const string BinDirectoryVariable = "WORKFLOWENGINE_PG_BIN";

    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";

    public const string BinariesNotFoundMessage =
        "PostgreSQL 15 server binaries not found; install the Debian package postgresql-15 (see README prerequisites)";

    private const string TempDirectoryPrefix = "workflowengine-pg-";
    private const string OwnerFileName = "owner";
    private const string ServerUser = "postgres";
    private const string SuperUser = "postgres";
    private const string LoopbackHost = "127.0.0.1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ShortCommandTimeout = TimeSpan.FromSeconds(15);

    private static readonly ConcurrentDictionary<PostgresCluster, byte> LiveClusters = new();
    private static readonly Lock SharedLock = new();
    private static Task<PostgresCluster>? sharedCluster;
    private static int staleCleanupStarted;

    private readonly SemaphoreSlim lifecycle = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> issuedConnectionStrings = new();
    private readonly ConcurrentDictionary<string, byte> createdDatabases = new();
    private readonly ServerTools? tools; // null for an external server
    private readonly string? externalAdminConnectionString;
    private readonly string? baseDirectory;
    private readonly string? socketDirectory;
    private Process? watchdog;
    private volatile bool running;
    private volatile bool disposed;

    static PostgresCluster()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DestroyAllAtProcessExit();
    }

    private PostgresCluster(ServerTools tools, string baseDirectory, bool isShared)
    {
        this.tools = tools;
        this.baseDirectory = baseDirectory;
        socketDirectory = Path.Combine(baseDirectory, "socket");
        DataDirectory = Path.Combine(baseDirectory, "data");
        LogFile = Path.Combine(baseDirectory, "server.log");
        IsShared = isShared;
    }

    private PostgresCluster(string adminConnectionString, int port, string dataDirectory, bool isShared)
    {
        externalAdminConnectionString = adminConnectionString;
        Port = port;
        DataDirectory = dataDirectory;
        IsShared = isShared;
        running = true;
    }

    /// <summary>Connection string for the <c>postgres</c> database as superuser.</summary>
    public string AdminConnectionString => externalAdminConnectionString ?? BuildOwnedConnectionString("postgres");

    public int Port { get; private set; }

    /// <summary>
    /// The cluster's data directory. For an external server it is what <c>SHOW data_directory</c> returned,
    /// or the empty string when the user may not read it.
    /// </summary>
    public string DataDirectory { get; }

    /// <summary>The server log (empty for an external server).</summary>
    public string LogFile { get; } = string.Empty;

    /// <summary>True when <see cref="ConnectionStringVariable"/> pointed at an existing server.</summary>
    public bool IsExternal => tools is null;

    /// <summary>True for the per-process instance from <see cref="GetSharedAsync"/>.</summary>
    public bool IsShared { get; }

    public bool IsRunning => running;

    /// <summary>Starts a private cluster (or connects to the server in <see cref="ConnectionStringVariable"/>).</summary>
    public static Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default) =>
        StartCoreAsync(isShared: false, cancellationToken);

    /// <summary>
    /// The one cluster of this test process, started on first use and stopped at process exit.
    /// Disposing it is a no-op; it cannot be stopped or restarted (use <see cref="StartAsync"/> for that).
    /// A failed start is remembered: later calls fail the same way instead of waiting again.
    /// </summary>
    public static Task<PostgresCluster> GetSharedAsync(CancellationToken cancellationToken = default)
    {
        Task<PostgresCluster> task;
        lock (SharedLock)
        {
            task = sharedCluster ??= Task.Run(() => StartCoreAsync(isShared: true, CancellationToken.None));
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Creates a fresh database with a unique name and returns its connection string
    /// (<c>Host=127.0.0.1;Port=…;Username=postgres;Database=…;Include Error Detail=True</c>).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? namePrefix = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!running)
        {
            throw new InvalidOperationException("The PostgreSQL cluster is stopped; call StartAgainAsync first.");
        }

        var name = MakeDatabaseName(namePrefix);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (IsExternal)
        {
            createdDatabases.TryAdd(name, 0);
        }

        var connectionString = IsExternal
            ? new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString
            : BuildOwnedConnectionString(name);
        issuedConnectionStrings.TryAdd(connectionString, 0);
        return connectionString;
    }

    /// <summary>Stops the server (<c>-m fast</c>, or <c>-m immediate</c> to simulate a crash); the data stays.</summary>
    public async Task StopAsync(bool immediate = false, CancellationToken cancellationToken = default)
    {
        var serverTools = EnsureRestartable();
        await lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!running)
            {
                throw new InvalidOperationException("The PostgreSQL cluster is already stopped.");
            }

            ClearPools();
            var result = await RunPgCtlStopAsync(serverTools, immediate ? "immediate" : "fast", cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(Failure($"Stopping PostgreSQL failed (exit code {result.ExitCode}).", result));
            }

            running = false;
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>Starts the stopped cluster again on the same data directory and port.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var serverTools = EnsureRestartable();
        await lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (running)
            {
                throw new InvalidOperationException("The PostgreSQL cluster is already running.");
            }

            await StartServerAsync(serverTools, mayChangePort: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops the server with <c>pg_ctl stop -m immediate</c> and deletes its directory (for an external server:
    /// drops the databases created here). A no-op for the shared cluster, which is stopped at process exit.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (IsShared)
        {
            return;
        }

        await DestroyAsync().ConfigureAwait(false);
    }

    public override string ToString() =>
        IsExternal ? $"external PostgreSQL on port {Port}" : $"PostgreSQL cluster on {LoopbackHost}:{Port} in {baseDirectory}";

    private static Task<PostgresCluster> StartCoreAsync(bool isShared, CancellationToken cancellationToken)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        return string.IsNullOrWhiteSpace(external)
            ? StartOwnedAsync(isShared, cancellationToken)
            : ConnectExternalAsync(external, isShared, cancellationToken);
    }

    private static async Task<PostgresCluster> StartOwnedAsync(bool isShared, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("PostgresCluster starts PostgreSQL on Linux/macOS only; on Windows set " + ConnectionStringVariable + ".");
        }

        var serverTools = await ServerTools.LocateAsync(cancellationToken).ConfigureAwait(false);
        await CleanUpStaleClustersOnceAsync(serverTools).ConfigureAwait(false);

        var cluster = new PostgresCluster(serverTools, Directory.CreateTempSubdirectory(TempDirectoryPrefix).FullName, isShared);
        LiveClusters.TryAdd(cluster, 0);
        try
        {
            cluster.StartWatchdog(serverTools);
            await cluster.InitializeAsync(serverTools, cancellationToken).ConfigureAwait(false);
            await cluster.StartServerAsync(serverTools, mayChangePort: true, cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            try
            {
                await cluster.DestroyAsync().ConfigureAwait(false);
            }
            catch (Exception cleanupError) when (cleanupError is InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException)
            {
                // Keep the original error; the stale-cluster cleanup of a later run removes the leftovers.
            }

            throw;
        }
    }

    private static async Task<PostgresCluster> ConnectExternalAsync(string connectionString, bool isShared, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{ConnectionStringVariable} does not hold a valid Npgsql connection string: {ex.Message}", ex);
        }

        string dataDirectory;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await using var command = new NpgsqlCommand("SHOW data_directory", connection);
                dataDirectory = (string?)await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false) ?? string.Empty;
            }
            catch (PostgresException)
            {
                dataDirectory = string.Empty; // not a superuser / pg_read_all_settings member
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"{ConnectionStringVariable} is set (Host={builder.Host};Port={builder.Port}), but connecting to that server failed: {ex.Message}", ex);
        }

        var cluster = new PostgresCluster(connectionString, builder.Port, dataDirectory, isShared);
        LiveClusters.TryAdd(cluster, 0);
        return cluster;
    }

    private async Task InitializeAsync(ServerTools serverTools, CancellationToken cancellationToken)
    {
        // Marks the directory as ours and names the owning process, for the stale-cluster cleanup.
        await File.WriteAllTextAsync(
            Path.Combine(baseDirectory!, OwnerFileName),
            $"{Environment.ProcessId} {CurrentProcessStartTicks.Value}",
            cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(socketDirectory!);

        if (serverTools.RunAsServerUser)
        {
            var chown = await ProcessRunner.RunAsync(
                "chown", ["-R", $"{ServerUser}:{ServerUser}", baseDirectory!], null, ShortCommandTimeout, cancellationToken).ConfigureAwait(false);
            if (!chown.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Running as root, the cluster must belong to the OS user '{ServerUser}' (created by the postgresql-15 package), " +
                    $"but '{chown.CommandLine}' failed (exit code {chown.ExitCode}):{Environment.NewLine}{chown.Output}");
            }
        }

        var initdb = await serverTools.RunAsync(
            "initdb",
            ["-D", DataDirectory, "-A", "trust", "-U", SuperUser, "-E", "UTF8", "--locale=C"],
            baseDirectory!,
            InitDbTimeout,
            cancellationToken).ConfigureAwait(false);
        if (!initdb.Succeeded)
        {
            throw new InvalidOperationException(Failure($"initdb failed (exit code {initdb.ExitCode}).", initdb, includeLog: false));
        }
    }

    private async Task StartServerAsync(ServerTools serverTools, bool mayChangePort, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            if (mayChangePort)
            {
                Port = GetFreeLoopbackPort();
            }

            var clock = Stopwatch.StartNew();
            var logLengthBefore = LogLength();
            var options = string.Join(
                ' ',
                $"-h {LoopbackHost} -p {Port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {ProcessRunner.ShellQuote(socketDirectory!)}",
                "-c fsync=on -c max_connections=200 -c shared_buffers=128MB");
            var result = await serverTools.RunAsync(
                "pg_ctl",
                ["-D", DataDirectory, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-l", LogFile, "-o", options, "start"],
                baseDirectory!,
                StartTimeout + TimeSpan.FromSeconds(10),
                cancellationToken).ConfigureAwait(false);

            if (result.Succeeded)
            {
                running = true; // from here on, disposal must stop the server
                await WaitUntilAcceptingConnectionsAsync(StartTimeout - clock.Elapsed, cancellationToken).ConfigureAwait(false);
                return;
            }

            var newLog = ReadLogFrom(logLengthBefore);
            var portTaken = newLog.Contains("Address already in use", StringComparison.Ordinal)
                || newLog.Contains("could not bind", StringComparison.Ordinal);
            if (portTaken && mayChangePort && attempt < attempts)
            {
                continue; // lost the race for the port; pick another
            }

            throw new InvalidOperationException(Failure(
                $"PostgreSQL did not start on {LoopbackHost}:{Port} (pg_ctl exit code {result.ExitCode})" +
                (portTaken ? " because the port is in use." : "."),
                result));
        }
    }

    private async Task WaitUntilAcceptingConnectionsAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        if (budget < TimeSpan.FromSeconds(5))
        {
            budget = TimeSpan.FromSeconds(5);
        }

        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        var clock = Stopwatch.StartNew();
        Exception? lastError = null;
        while (clock.Elapsed < budget)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                lastError = ex;
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException(
            $"PostgreSQL on {LoopbackHost}:{Port} did not accept connections within {budget.TotalSeconds:0} s: {lastError?.Message}" +
            Environment.NewLine + LogTailSection(),
            lastError);
    }

    private async Task DestroyAsync()
    {
        // Bounded: at process exit a stuck operation must not block the cleanup forever.
        var locked = await lifecycle.WaitAsync(StopTimeout).ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            running = false;
            LiveClusters.TryRemove(this, out _);
            ClearPools();

            if (tools is null)
            {
                await DropCreatedDatabasesAsync().ConfigureAwait(false);
                return;
            }

            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                var stop = await RunPgCtlStopAsync(tools, "immediate", CancellationToken.None).ConfigureAwait(false);
                if (!stop.Succeeded && IsServerRunningOn(DataDirectory))
                {
                    throw new InvalidOperationException(Failure(
                        $"Stopping PostgreSQL failed (exit code {stop.ExitCode}); leaving {baseDirectory} for the next run's cleanup.", stop));
                }
            }

            DeleteDirectory(baseDirectory!);
        }
        finally
        {
            // Cleanup done (or failed): let the watchdog wake up; it retries whatever is left.
            ReleaseWatchdog();
            if (locked)
            {
                lifecycle.Release();
            }
        }
    }

    /// <summary>
    /// Starts a small shell in its own session that blocks reading a pipe only this process writes to. When this
    /// process ends in any way (normal exit, the test platform killing the test host about 100 ms after the run,
    /// SIGKILL), the pipe closes and the shell stops the server and deletes the directory. AppDomain.ProcessExit
    /// alone is not enough: under <c>dotnet test</c> the host is killed before a stop and delete can finish.
    /// </summary>
    private void StartWatchdog(ServerTools serverTools)
    {
        var (stopFile, stopArguments) = serverTools.Command(
            "pg_ctl", ["-D", DataDirectory, "-w", "-t", "30", "-m", "immediate", "stop"]);
        var script = string.Join(
            '\n',
            "exec >/dev/null 2>&1",
            "cat", // returns on EOF: the owning process closed the pipe or died
            // Retried: an initdb or pg_ctl start that the dead process left running may still be writing.
            "for attempt in 1 2 3 4 5 6 7 8 9 10; do",
            $"  if [ -f {ProcessRunner.ShellQuote(Path.Combine(DataDirectory, "postmaster.pid"))} ]; then {ProcessRunner.Describe(stopFile, stopArguments)}; fi",
            $"  rm -rf {ProcessRunner.ShellQuote(baseDirectory!)}",
            $"  [ -e {ProcessRunner.ShellQuote(baseDirectory!)} ] || exit 0",
            "  sleep 1",
            "done");

        var setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);
        var startInfo = new ProcessStartInfo(setsid ?? "/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            WorkingDirectory = "/",
        };
        if (setsid is not null)
        {
            startInfo.ArgumentList.Add("/bin/sh"); // own session: survives a kill of our process group
        }

        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(script);
        watchdog = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start the cleanup watchdog shell.");
    }

    private void ReleaseWatchdog()
    {
        var process = Interlocked.Exchange(ref watchdog, null);
        if (process is null)
        {
            return;
        }

        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The watchdog is already gone.
        }

        process.Dispose();
    }

    private async Task DropCreatedDatabasesAsync()
    {
        if (createdDatabases.IsEmpty)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync(timeout.Token).ConfigureAwait(false);
            foreach (var name in createdDatabases.Keys)
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException)
        {
            // Best effort: the server is not ours, and leftover test databases do no harm.
        }
    }

    private Task<ProcessRunner.Result> RunPgCtlStopAsync(ServerTools serverTools, string mode, CancellationToken cancellationToken) =>
        serverTools.RunAsync(
            "pg_ctl",
            ["-D", DataDirectory, "-w", "-t", ((int)StopTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-m", mode, "stop"],
            baseDirectory!,
            StopTimeout + TimeSpan.FromSeconds(10),
            cancellationToken);

    private ServerTools EnsureRestartable()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (tools is null)
        {
            throw new InvalidOperationException($"The server from {ConnectionStringVariable} is not ours; it cannot be stopped or started.");
        }

        if (IsShared)
        {
            throw new InvalidOperationException("The shared cluster cannot be stopped or started; use PostgresCluster.StartAsync for a private cluster.");
        }

        return tools;
    }

    private void ClearPools()
    {
        foreach (var connectionString in issuedConnectionStrings.Keys.Append(AdminConnectionString))
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private string BuildOwnedConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = LoopbackHost,
            Port = Port,
            Username = SuperUser,
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;

    private static string MakeDatabaseName(string? prefix)
    {
        var builder = new StringBuilder();
        foreach (var c in (prefix ?? "test").ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var cleaned = builder.ToString().Trim('_');
        if (cleaned.Length == 0 || char.IsAsciiDigit(cleaned[0]))
        {
            cleaned = "db_" + cleaned;
        }

        if (cleaned.Length > 30)
        {
            cleaned = cleaned[..30];
        }

        return $"{cleaned}_{Guid.NewGuid():N}"; // at most 63 characters, PostgreSQL's identifier limit
    }

    private static int GetFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private long LogLength()
    {
        try
        {
            return File.Exists(LogFile) ? new FileInfo(LogFile).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private string ReadLogFrom(long offset)
    {
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private string LogTailSection(int lines = 40)
    {
        if (IsExternal)
        {
            return string.Empty;
        }

        var all = ReadLogFrom(0).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var tail = string.Join(Environment.NewLine, all.TakeLast(lines));
        return $"--- last {Math.Min(lines, all.Length)} lines of {LogFile} ---{Environment.NewLine}{(tail.Length == 0 ? "(empty or missing)" : tail)}";
    }

    private string Failure(string message, ProcessRunner.Result result, bool includeLog = true)
    {
        var text = new StringBuilder(message).AppendLine()
            .AppendLine($"--- {result.CommandLine} ---")
            .Append(result.Output.Length == 0 ? "(no output)" + Environment.NewLine : result.Output);
        if (includeLog)
        {
            text.Append(LogTailSection());
        }

        return text.ToString();
    }

    private static void DeleteDirectory(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    private static void DestroyAllAtProcessExit()
    {
        var clusters = LiveClusters.Keys.ToArray();
        if (clusters.Length == 0)
        {
            return;
        }

        try
        {
            if (!Task.WhenAll(clusters.Select(c => c.DestroyAsync())).Wait(StopTimeout + TimeSpan.FromSeconds(15)))
            {
                Console.Error.WriteLine("PostgresCluster: stopping the test PostgreSQL cluster(s) at process exit timed out.");
            }
        }
        catch (AggregateException ex)
        {
            Console.Error.WriteLine($"PostgresCluster: stopping the test PostgreSQL cluster(s) at process exit failed: {ex.Flatten().InnerException}");
        }
    }

    private static readonly Lazy<long> CurrentProcessStartTicks = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return self.StartTime.ToUniversalTime().Ticks;
    });

    /// <summary>
    /// Removes clusters left behind by test processes that were killed: once per process, every temp directory
    /// of ours whose owning process is gone gets its server stopped (if it still runs) and is deleted. Best effort.
    /// </summary>
    private static async Task CleanUpStaleClustersOnceAsync(ServerTools serverTools)
    {
        if (Interlocked.Exchange(ref staleCleanupStarted, 1) == 1)
        {
            return;
        }

        string[] directories;
        try
        {
            directories = Directory.GetDirectories(Path.GetTempPath(), TempDirectoryPrefix + "*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var directory in directories)
        {
            try
            {
                var ownerFile = Path.Combine(directory, OwnerFileName);
                var abandoned = File.Exists(ownerFile)
                    ? !IsOwnerAlive(await File.ReadAllTextAsync(ownerFile).ConfigureAwait(false))
                    : Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow - TimeSpan.FromMinutes(10); // half-deleted
                if (!abandoned)
                {
                    continue;
                }

                var dataDirectory = Path.Combine(directory, "data");
                if (IsServerRunningOn(dataDirectory))
                {
                    await serverTools.RunAsync(
                        "pg_ctl", ["-D", dataDirectory, "-w", "-t", "30", "-m", "immediate", "stop"],
                        directory, StopTimeout + TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
                }

                Directory.Delete(directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
            {
                // Best effort; another process may be cleaning the same directory.
            }
        }
    }

    private static bool IsOwnerAlive(string ownerText)
    {
        var parts = ownerText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var startTicks))
        {
            return true; // unknown format: leave it alone
        }

        if (IsZombie(pid))
        {
            return false; // killed but not yet reaped (PID 1 may reap orphans late)
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // Same pid and same start time: the owner still runs (a reused pid has another start time).
            return Math.Abs(process.StartTime.ToUniversalTime().Ticks - startTicks) < TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false; // exited meanwhile
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < stat.Length && stat[afterName + 2] is 'Z' or 'X';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether the postmaster named in the pid file runs and really serves this data directory.</summary>
    private static bool IsServerRunningOn(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return false;
        }

        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        if (!int.TryParse(firstLine, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        var cmdline = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline";
        return File.Exists(cmdline) && File.ReadAllText(cmdline).Contains(dataDirectory, StringComparison.Ordinal);
    }

    /// <summary>Where the server binaries are and how to run them (as the postgres user when we are root).</summary>
    private sealed class ServerTools(string binDirectory, bool runAsServerUser)
    {
        private static readonly string[] RequiredTools = ["initdb", "pg_ctl", "postgres"];

        public string BinDirectory { get; } = binDirectory;

        public bool RunAsServerUser { get; } = runAsServerUser;

        public static async Task<ServerTools> LocateAsync(CancellationToken cancellationToken)
        {
            var runAsServerUser = Environment.IsPrivilegedProcess; // root: initdb/postgres refuse to run

            var fromVariable = Environment.GetEnvironmentVariable(BinDirectoryVariable);
            if (!string.IsNullOrWhiteSpace(fromVariable))
            {
                // An explicit choice: any PostgreSQL version is accepted.
                return HasServerBinaries(fromVariable)
                    ? new ServerTools(fromVariable, runAsServerUser)
                    : throw new InvalidOperationException(
                        $"{BinariesNotFoundMessage}. {BinDirectoryVariable} is set to '{fromVariable}', but that directory does not contain {string.Join(", ", RequiredTools)}.");
            }

            var looked = new List<string>();
            foreach (var candidate in await CandidatesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!HasServerBinaries(candidate))
                {
                    looked.Add(candidate);
                    continue;
                }

                var version = await ProcessRunner.RunAsync(
                    Path.Combine(candidate, "postgres"), ["--version"], null, ShortCommandTimeout, cancellationToken).ConfigureAwait(false);
                if (version.Succeeded && version.Output.Contains("(PostgreSQL) 15.", StringComparison.Ordinal))
                {
                    return new ServerTools(candidate, runAsServerUser);
                }

                looked.Add($"{candidate} (holds '{version.Output.Trim()}')");
            }

            throw new InvalidOperationException(
                $"{BinariesNotFoundMessage}. Looked in: {string.Join(", ", looked)}. To use other binaries, set {BinDirectoryVariable}.");
        }

        public Task<ProcessRunner.Result> RunAsync(
            string tool, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var (fileName, fullArguments) = Command(tool, arguments);
            return ProcessRunner.RunAsync(fileName, fullArguments, workingDirectory, timeout, cancellationToken);
        }

        /// <summary>The command that runs a server tool, as the postgres OS user when we are root.</summary>
        public (string FileName, IReadOnlyList<string> Arguments) Command(string tool, IReadOnlyList<string> arguments)
        {
            var executable = Path.Combine(BinDirectory, tool);
            if (!RunAsServerUser)
            {
                return (executable, arguments);
            }

            var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser" }.FirstOrDefault(File.Exists);
            return runuser is not null
                ? (runuser, ["-u", ServerUser, "--", executable, .. arguments])
                : ("su", [ServerUser, "-s", "/bin/sh", "-c", ProcessRunner.Describe(executable, arguments)]);
        }

        private static async Task<List<string>> CandidatesAsync(CancellationToken cancellationToken)
        {
            var candidates = new List<string> { DefaultBinDirectory };
            try
            {
                var pgConfig = await ProcessRunner.RunAsync("pg_config", ["--bindir"], null, ShortCommandTimeout, cancellationToken).ConfigureAwait(false);
                var bindir = pgConfig.Output.Trim();
                if (pgConfig.Succeeded && bindir.Length > 0 && !candidates.Contains(bindir))
                {
                    candidates.Add(bindir);
                }
            }
            catch (InvalidOperationException)
            {
                // pg_config is not installed.
            }
            catch (TimeoutException)
            {
                // Ignore a hanging pg_config.
            }

            return candidates;
        }

        private static bool HasServerBinaries(string directory) =>
            RequiredTools.All(tool => File.Exists(Path.Combine(directory, tool)));
    }
}
