using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using WorkflowEngine.Approvals.Integrators;

namespace WorkflowEngine.Server.Webhooks;

/// <summary>
/// Sends one claimed delivery: POSTs its body signed afresh for each attempt, retrying in a row with Polly (exponential
/// backoff with jitter, a timeout per attempt) until the receiver answers 2xx or the claim's attempts are used up.
/// </summary>
internal sealed class WebhookSender
{
    readonly HttpClient _http;
    readonly TimeProvider _time;
    readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public WebhookSender(HttpClient http, IOptions<WebhookOptions> options, TimeProvider time)
    {
        _http = http;
        _time = time;
        var o = options.Value;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>
            {
                TimeProvider = time,
            }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                    .HandleResult(r => !r.IsSuccessStatusCode),
                MaxRetryAttempts = Math.Max(0, o.AttemptsPerClaim - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryDelay,
                MaxDelay = o.MaxRetryDelay,
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose(); // the failed answer is not needed any more
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    /// <summary>What became of a claim: delivered or not, the attempts made, the last status code or error.</summary>
    public sealed record Outcome(bool Delivered, int Attempts, int? StatusCode, string? Error);

    public async Task<Outcome> SendAsync(ClaimedDelivery claimed, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var request = Request(claimed, claimed.Delivery.Attempts + attempts);
                return await _http.SendAsync(request, token);
            }, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new Outcome(true, attempts, status, null) : new Outcome(false, attempts, status, $"the receiver answered {status}");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return new Outcome(false, Math.Max(1, attempts), null, e.Message);
        }
    }

    HttpRequestMessage Request(ClaimedDelivery claimed, int attempt)
    {
        var delivery = claimed.Delivery;
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, claimed.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);
        request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.AttemptHeader, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(claimed.Secret, timestamp, delivery.Body));
        return request;
    }
}
