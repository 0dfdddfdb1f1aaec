using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>A delivery the receiver accepted: the event, its case, and whether its signature checked out.</summary>
internal sealed record ReceivedEvent(string EventId, string Type, string CaseNumber, bool SignatureValid, int Attempt, string Body);

/// <summary>
/// An integrator's webhook endpoint on loopback: refuses the first deliveries with 503 (the receiver is "down"), then
/// accepts, verifying each signature the way docs/integrators.md tells receivers to. With <c>answerAfter</c> it keeps each
/// request open that long after recording it, so that a sender killed meanwhile never hears the 2xx (handled concurrently).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    readonly HttpListener _listener = new();
    readonly List<ReceivedEvent> _accepted = [];
    readonly Task _loop;
    readonly TimeSpan _answerAfter;
    int _failuresLeft;

    public WebhookReceiver(int failFirst, TimeSpan answerAfter = default)
    {
        _failuresLeft = failFirst;
        _answerAfter = answerAfter;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hooks/cases/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }
    public string Secret { get; set; } = "";
    public int Refused { get; private set; }

    public IReadOnlyList<ReceivedEvent> Accepted { get { lock (_accepted) return [.. _accepted]; } }

    /// <summary>Waits until the receiver holds what <paramref name="enough"/> asks for; gives up after a minute (the test then fails on its assertions).</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<ReceivedEvent>, bool> enough)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline && !enough(Accepted);)
            await Task.Delay(50);
    }

    async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            if (_answerAfter > TimeSpan.Zero) _ = Task.Run(() => HandleAsync(context));
            else await HandleAsync(context);
        }
    }

    async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                Refused++;
                context.Response.StatusCode = 503;
                context.Response.Close();
                return;
            }
            var json = JsonDocument.Parse(body).RootElement;
            var received = new ReceivedEvent(
                context.Request.Headers["X-Webhook-Id"]!, json.GetProperty("type").GetString()!, json.GetProperty("caseNumber").GetString()!,
                Verify(context.Request.Headers["X-Webhook-Signature"], context.Request.Headers["X-Webhook-Timestamp"], body),
                int.Parse(context.Request.Headers["X-Webhook-Attempt"] ?? "0"), body);
            lock (_accepted) _accepted.Add(received);
            if (_answerAfter > TimeSpan.Zero) await Task.Delay(_answerAfter);
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The sender went away (killed) or the receiver is being stopped: nothing to answer.
        }
    }

    /// <summary>HMAC-SHA256 with the subscription secret over "{t}.{body}", compared in constant time.</summary>
    bool Verify(string? header, string? timestamp, string body)
    {
        if (header is null) return false;
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        if (parts["t"] != timestamp) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
