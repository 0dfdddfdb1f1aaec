using System.Security.Cryptography;
using System.Text;

namespace WorkflowEngine.Runtime;

/// <summary>Hashes a stimulus (an event name, a task id) to the fixed-width key bookmarks and triggers are indexed by.</summary>
public static class Stimulus
{
    public static string Hash(string activityType, string stimulus)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(activityType + "\n" + stimulus), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
