using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WorkflowEngine.Testing.Load;

/// <summary>An answer from the server: status, body and the problem code when it is a problem.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonElement Json, string Body)
{
    public string? Code => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("code", out var code) ? code.GetString() : null;
    public string? Text(string property) => Json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
    public override string ToString() => $"{(int)Status} {Body}";
}

/// <summary>
/// An integrator's HTTP client in front of several nodes: each request goes to a live node; when the connection fails or
/// no answer comes in time, the same request (same body, same Idempotency-Key) is sent again to another node, as the
/// integrator's guide tells integrators to do. Counts what it had to retry.
/// </summary>
public sealed class IntegratorClient(Func<Uri?, Uri> pickNode, string apiKey, TimeSpan requestTimeout, Pacer? pacer = null) : IDisposable
{
    readonly HttpClient _http = new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        MaxConnectionsPerServer = 256,
    }) { Timeout = Timeout.InfiniteTimeSpan };

    int _connectionRetries;
    int _serverErrors;

    /// <summary>Requests sent again after a connection error or a timeout.</summary>
    public int ConnectionRetries => _connectionRetries;
    /// <summary>5xx answers (retried too, but a user would notice them).</summary>
    public int ServerErrors => _serverErrors;
    /// <summary>Latencies of answered requests, by operation name.</summary>
    public Latencies Latencies { get; } = new();

    /// <summary>Sends until a node answers (anything but 5xx), for at most <paramref name="giveUpAfter"/> (default three minutes).</summary>
    public async Task<ApiAnswer> SendAsync(string operation, HttpMethod method, string path, string? body = null,
        string? idempotencyKey = null, TimeSpan? giveUpAfter = null)
    {
        var deadline = Stopwatch.StartNew();
        Uri? last = null;
        for (var attempt = 1; ; attempt++)
        {
            var node = pickNode(last);
            last = node;
            using var request = new HttpRequestMessage(method, new Uri(node, path));
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
            if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
            if (pacer is not null) await pacer.WaitAsync();
            using var timeout = new CancellationTokenSource(requestTimeout);
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.SendAsync(request, timeout.Token);
                var text = await response.Content.ReadAsStringAsync(timeout.Token);
                var elapsed = Stopwatch.GetElapsedTime(started);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref _serverErrors);
                    if (deadline.Elapsed > (giveUpAfter ?? TimeSpan.FromMinutes(3))) return Parse(response.StatusCode, text);
                    await Task.Delay(100 * Math.Min(attempt, 10));
                    continue;
                }
                Latencies.Add(operation, elapsed);
                return Parse(response.StatusCode, text);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The node died or hangs: the request may or may not have been carried out. Send the same again elsewhere.
                Interlocked.Increment(ref _connectionRetries);
                if (deadline.Elapsed > (giveUpAfter ?? TimeSpan.FromMinutes(3)))
                    throw new TimeoutException($"{method} {path}: no node answered within {deadline.Elapsed}", e);
                await Task.Delay(50 * Math.Min(attempt, 10));
            }
        }
    }

    static ApiAnswer Parse(HttpStatusCode status, string text)
    {
        JsonElement json = default;
        if (text.Length > 0)
        {
            try { json = JsonDocument.Parse(text).RootElement.Clone(); }
            catch (JsonException) { }
        }
        return new ApiAnswer(status, json, text);
    }

    public void Dispose() => _http.Dispose();
}
