using System.Text.Json.Nodes;

namespace WorkflowEngine.Runtime;

/// <summary>Where a token stands: about to run, waiting on bookmarks, parked at a join, or stopped by a fault.</summary>
public enum TokenStatus { Scheduled, Waiting, Joining, Faulted }

/// <summary>
/// A unit of control flow moving through the flowchart. Joins count tokens, not activity runs,
/// which is what lets a loop inside a parallel branch reach the join again (elsa-core #7724).
/// </summary>
public sealed class Token
{
    public required string Id { get; init; }
    public required string NodeId { get; set; }
    public TokenStatus Status { get; set; } = TokenStatus.Scheduled;
    /// <summary>Activity-private state kept between execute and resume (e.g. a task id).</summary>
    public JsonObject? State { get; set; }
    public List<string> BookmarkIds { get; set; } = [];
}
