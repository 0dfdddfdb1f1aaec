using System.Text.Json.Nodes;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Supervision;

/// <summary>The journal lines and outbox messages of alerts: what the API, the workbench and the journal see.</summary>
public static class SupervisionMessages
{
    /// <summary>Published with every alert raised.</summary>
    public const string AlertRaisedTopic = "supervision.alert-raised";

    /// <summary>Published whenever an alert changes state, by a person or by the system (withdrawal).</summary>
    public const string AlertStateChangedTopic = "supervision.alert-state-changed";

    /// <summary>Who the journal names for what the scan does.</summary>
    public const string System = "system";

    public static OutboxMessage Raised(Alert alert) => new(NewId(), null, AlertRaisedTopic, Payload(alert), alert.RaisedAt.ToUniversalTime());

    public static OutboxMessage StateChanged(Alert alert, AlertState from, string by)
    {
        var payload = Payload(alert);
        payload["from"] = from.ToString();
        payload["state"] = alert.State.ToString();
        payload["by"] = by;
        return new(NewId(), null, AlertStateChangedTopic, payload, alert.UpdatedAt.ToUniversalTime());
    }

    /// <summary>Alert lines go to the journal keyed by the clock's owner id: an alert is about the owner, not about one workflow run.</summary>
    public static JournalEntry RaisedLine(Alert alert) => new(
        alert.OwnerId, alert.RaisedAt.ToUniversalTime(), SupervisionJournalEvents.AlertRaised,
        Outcome: alert.Level.ToString(), Actor: System, Message: $"{alert.PreviousLevel} → {alert.Level}", Data: Payload(alert));

    public static JournalEntry StateChangedLine(Alert alert, AlertState from, string by, string? note) => new(
        alert.OwnerId, alert.UpdatedAt.ToUniversalTime(), SupervisionJournalEvents.For(alert.State),
        Outcome: alert.State.ToString(), Actor: by, Message: note, Data: new JsonObject
        {
            ["alertId"] = alert.Id,
            ["clockId"] = alert.ClockId,
            ["from"] = from.ToString(),
            ["to"] = alert.State.ToString(),
        });

    static JsonObject Payload(Alert alert) => new()
    {
        ["alertId"] = alert.Id,
        ["clockId"] = alert.ClockId,
        ["ownerType"] = alert.OwnerType,
        ["ownerId"] = alert.OwnerId,
        ["level"] = alert.Level.ToString(),
        ["previousLevel"] = alert.PreviousLevel.ToString(),
        ["raisedAt"] = alert.RaisedAt.ToUniversalTime(),
        ["feedbackDueAt"] = alert.FeedbackDueAt?.ToUniversalTime(),
    };

    static string NewId() => Guid.CreateVersion7().ToString("N");
}
