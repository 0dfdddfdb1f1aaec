using System.Text.Json.Nodes;
using WorkflowEngine.Calendar;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Supervision;

/// <summary>Turns clock events into journal lines saying who did what, when and why.</summary>
/// <remarks>
/// A line goes to the journal of the workflow instance that made the change when there is one, else to the journal
/// keyed by the clock's owner id (a case id, a task id), so the history of a case's clock can be read without a workflow.
/// </remarks>
public static class ClockJournal
{
    public static JournalEntry Entry(StoredClock clock, ClockEvent e, string? instanceId) => new(
        instanceId ?? clock.OwnerId,
        e.At.ToUniversalTime(),
        SupervisionJournalEvents.For(e.Kind),
        Outcome: e.PauseReason?.ToString(),
        Actor: e.By,
        Message: e.Why,
        Data: Data(clock, e));

    static JsonObject Data(StoredClock clock, ClockEvent e)
    {
        var data = new JsonObject
        {
            ["clockId"] = clock.Id,
            ["ownerType"] = clock.OwnerType,
            ["ownerId"] = clock.OwnerId,
        };
        if (e.PauseReason is { } reason) data["reason"] = reason.ToString();
        if (e.Kind == ClockEventKind.Started)
        {
            data["committedLimit"] = e.Duration?.ToString();
            data["statutoryLimit"] = e.StatutoryDuration?.ToString();
        }
        else if (e.Kind == ClockEventKind.Extended)
        {
            data["extension"] = e.Duration?.ToString();
            data["extendsStatutory"] = e.StatutoryDuration is not null;
        }
        return data;
    }
}
