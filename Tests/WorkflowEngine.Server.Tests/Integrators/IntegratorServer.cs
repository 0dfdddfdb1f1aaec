using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowEngine.Persistence;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>The server as an integrator meets it: API keys made by the administrator, requests with a key, and row counts to prove nothing changed.</summary>
internal sealed class IntegratorServer : IAsyncDisposable
{
    public const string AdminKey = CalendarClient.AdminKey;

    /// <summary>Every material of the food-licence package (食品经营许可) but the optional notification commitment.</summary>
    public static readonly string[] FoodLicenceMaterials =
        ["food-licence-application", "business-licence", "legal-rep-id", "premises-layout", "equipment-layout", "food-safety-rules", "food-safety-manager"];

    IntegratorServer(ServerProcess process, PersistenceOptions persistence)
    {
        Process = process;
        Persistence = persistence;
        Http = process.CreateClient();
    }

    public ServerProcess Process { get; }
    public PersistenceOptions Persistence { get; }
    public HttpClient Http { get; }

    /// <summary>A server with the webhook dispatcher's waits cut to milliseconds, so retries happen within a test.</summary>
    public static async Task<IntegratorServer> StartAsync(TestDatabase database, IDictionary<string, string>? settings = null, bool loadNextYear = true)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        var all = new Dictionary<string, string>
        {
            ["Administration__ApiKey"] = AdminKey,
            ["Webhooks__PollInterval"] = "00:00:00.100",
            ["Webhooks__RetryDelay"] = "00:00:00.050",
            ["Webhooks__MaxRetryDelay"] = "00:00:00.400",
            ["Webhooks__AttemptsPerClaim"] = "2",
            ["Webhooks__MaxAttempts"] = "30",
            ["Webhooks__AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var server = new IntegratorServer(await ServerProcess.StartAsync(persistence, all), persistence);
        if (loadNextYear) await server.LoadNextYearAsync();
        return server;
    }

    /// <summary>Stops this server and starts another on the same database with <paramref name="settings"/> (e.g. a later <c>Clock__ReadsAt</c>).</summary>
    public async Task<IntegratorServer> RestartAsync(IDictionary<string, string> settings)
    {
        await DisposeAsync();
        var all = new Dictionary<string, string> { ["Administration__ApiKey"] = AdminKey };
        foreach (var (key, value) in settings) all[key] = value;
        return new IntegratorServer(await ServerProcess.StartAsync(Persistence, all), Persistence);
    }

    /// <summary>
    /// Limits counted from late November run into next year (a correction's 30 working days), which the national calendar
    /// only knows once its holidays are loaded: load a plausible table, as an operator loads the official one.
    /// </summary>
    async Task LoadNextYearAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/calendars/cn/years/2027")
        {
            Content = new StringContent(HolidayTables.Plausible2027(), Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var response = await Http.SendAsync(request);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An API key made by the administrator; returns the key itself.</summary>
    public async Task<string> CreateKeyAsync(string integrator, string[] departments, string[]? scopes = null)
    {
        var answer = await SendAsync(HttpMethod.Post, "/api/v1/api-keys", key: null,
            body: new { integrator, name = integrator + " key", departments, scopes = scopes ?? ["cases:read", "cases:write", "tasks", "workflows", "webhooks"] },
            headers: new() { ["X-Admin-Key"] = AdminKey });
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Created), answer.ToString());
        return answer.Text("key")!;
    }

    public Task<Answer> GetAsync(string path, string? key) => SendAsync(HttpMethod.Get, path, key);

    public Task<Answer> PostAsync(string path, string? key, object? body, Dictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, key, body, headers: headers);

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? key, object? body = null, string? rawBody = null,
        Dictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (rawBody is not null) request.Content = new StringContent(rawBody, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        if (key is not null) request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Answer(response.StatusCode, json, text) { Headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)) };
    }

    /// <summary>A food-licence application with every required material, as a portal would send it.</summary>
    public static object FoodLicence(string applicant = "张三", string[]? materials = null) => new
    {
        packageCode = "food-licence",
        applicant = new { name = applicant, idType = "居民身份证", idNumber = "110101199003071234", phone = "13800138000" },
        form = new { operatorName = applicant + "餐饮店", creditCode = "91110101MA0000000X", address = "北京市东城区某街1号", businessItems = "热食类食品制售" },
        materialsReceived = materials ?? FoodLicenceMaterials,
        receivedBy = "portal",
    };

    public async Task<string> ApplyAsync(string key, string applicant = "张三")
    {
        var answer = await PostAsync("/api/v1/cases", key, FoodLicence(applicant));
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Created), answer.ToString());
        return answer.Text("number")!;
    }

    /// <summary>Claims and completes the case's open task in the department's inbox as <paramref name="user"/>.</summary>
    public async Task<Answer> ActAsync(string key, string caseNumber, string department, string outcome, string user, object? data = null)
    {
        var tasks = await GetAsync($"/api/v1/tasks?department={department}&caseNumber={caseNumber}", key);
        Assert.That(tasks.Status, Is.EqualTo(HttpStatusCode.OK), tasks.ToString());
        var id = tasks.Json.EnumerateArray().Single().GetProperty("id").GetString();
        var claimed = await PostAsync($"/api/v1/tasks/{id}/claim", key, new { user });
        Assert.That(claimed.Status, Is.EqualTo(HttpStatusCode.OK), claimed.ToString());
        var completed = await PostAsync($"/api/v1/tasks/{id}/complete", key, new { user, outcome, comment = $"{department} {outcome}", data });
        Assert.That(completed.Status, Is.EqualTo(HttpStatusCode.OK), completed.ToString());
        return completed;
    }

    /// <summary>Rows of the tables an integrator's requests can change, read straight from the database.</summary>
    public async Task<Counts> CountAsync()
    {
        await using DbConnection connection = Persistence.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(Persistence.ConnectionString)
            : new SqliteConnection(Persistence.ConnectionString);
        await connection.OpenAsync();
        async Task<long> Count(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        return new Counts(await Count("approval_cases"), await Count("approval_tasks"), await Count("workflow_instances"),
            await Count("integrator_idempotency_keys"), await Count("workflow_journal"), await Count("workflow_outbox"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
    }
}

/// <summary>Row counts of cases, tasks, instances, idempotency records, journal lines and outbox messages.</summary>
internal sealed record Counts(long Cases, long Tasks, long Instances, long IdempotencyRecords, long JournalLines, long OutboxMessages);
