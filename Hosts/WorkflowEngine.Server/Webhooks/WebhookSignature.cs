using System.Security.Cryptography;
using System.Text;

namespace WorkflowEngine.Server.Webhooks;

/// <summary>
/// The signature of a delivery: <c>X-Webhook-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, computed with the
/// subscription's secret over the string <c>&lt;t&gt;.&lt;body&gt;</c> (the timestamp, a dot, the exact body bytes as UTF-8).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Webhook-Signature";
    public const string EventIdHeader = "X-Webhook-Id";
    public const string EventTypeHeader = "X-Webhook-Event";
    public const string TimestampHeader = "X-Webhook-Timestamp";
    public const string AttemptHeader = "X-Webhook-Attempt";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
