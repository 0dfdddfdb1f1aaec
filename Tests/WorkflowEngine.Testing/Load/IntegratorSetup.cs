using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WorkflowEngine.Testing.Load;

/// <summary>What an operator and an integrator do before load arrives: node settings, next year's holidays, an API key, a webhook subscription.</summary>
public static class IntegratorSetup
{
    public const string AdminKey = "production-admin-key";

    /// <summary>
    /// Settings for each node: the rate limit out of the way (the load is one integrator), webhook waits short enough for
    /// a test, a half-second timer sweep, and only warnings logged (the tests keep each node's output in memory).
    /// </summary>
    public static Dictionary<string, string> Node(bool webhooks = true) => new()
    {
        ["Administration__ApiKey"] = AdminKey,
        ["Integrators__RateLimitPermits"] = "10000000",
        ["Webhooks__Enabled"] = webhooks ? "true" : "false",
        ["Webhooks__PollInterval"] = "00:00:00.200",
        ["Webhooks__RetryDelay"] = "00:00:00.100",
        ["Webhooks__MaxRetryDelay"] = "00:00:01",
        ["Webhooks__AttemptsPerClaim"] = "2",
        ["Webhooks__MaxAttempts"] = "50",
        ["Webhooks__AttemptTimeout"] = "00:00:03",
        ["Scheduling__TimerSweepInterval"] = "00:00:00.500",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
    };

    /// <summary>Loads next year's holidays (limits counted from late in the year run into it) and returns a key for every department.</summary>
    public static async Task<string> PrepareAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        using (var year = new HttpRequestMessage(HttpMethod.Put, "/api/v1/calendars/cn/years/2027") { Content = new StringContent(HolidayTables.Plausible2027(), Encoding.UTF8, "text/csv") })
        {
            year.Headers.Add("X-Admin-Key", AdminKey);
            using var loaded = await http.SendAsync(year);
            await Succeeded(loaded);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys")
        {
            Content = JsonContent.Create(new { integrator = "load-portal", name = "load portal", departments = new[] { "*" }, scopes = new[] { "cases:read", "cases:write", "tasks", "webhooks" } }),
        };
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var created = await http.SendAsync(request);
        return (await Succeeded(created)).GetProperty("key").GetString()!;
    }

    /// <summary>Subscribes <paramref name="url"/> to every case event; returns the signing secret.</summary>
    public static async Task<string> SubscribeAsync(Uri node, string key, string url)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/subscriptions") { Content = JsonContent.Create(new { url }) };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        using var subscribed = await http.SendAsync(request);
        return (await Succeeded(subscribed)).GetProperty("secret").GetString()!;
    }

    static async Task<JsonElement> Succeeded(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
