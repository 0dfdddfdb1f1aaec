using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>
/// A waiting point an instance can be resumed from, indexed by activity type and stimulus hash
/// so that a resume is one indexed lookup.
/// </summary>
public sealed record Bookmark(
    string Id,
    string InstanceId,
    string ActivityType,
    string StimulusHash,
    string NodeId,
    string TokenId,
    JsonNode? Payload,
    DateTimeOffset CreatedAt)
{
    /// <summary>For timer bookmarks: when the scheduler should resume it.</summary>
    public DateTimeOffset? DueAt { get; init; }
}
