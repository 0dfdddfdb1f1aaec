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

    /// <summary>The line saying that loading <paramref name="year"/>'s official table moved a clock's due dates, and from what to what.</summary>
    /// <remarks>
    /// The store keeps no instance id for a clock, so the line goes to the journal of its owner id, which the case
    /// timeline reads with the workflow's own lines.
    /// </remarks>
    public static JournalEntry DueDateMoved(StoredClock clock, DueDateMove move, int year, string by, DateTimeOffset at)
    {
        var (before, after) = (move.Before, move.After);
        var changes = new List<string>(2);
        if (move.CommittedMoved) changes.Add($"承诺办结日期由 {Day(before.CommittedDueDate)} 改为 {Day(after.CommittedDueDate)}");
        if (move.StatutoryMoved) changes.Add($"法定办结日期由 {Day(before.StatutoryDueDate)} 改为 {Day(after.StatutoryDueDate)}");
        return new(clock.OwnerId, at.ToUniversalTime(), SupervisionJournalEvents.ClockDueDateMoved, Actor: by,
            Message: $"正式公布 {year} 年节假日安排后重新计算：{string.Join("；", changes)}",
            Data: new JsonObject
            {
                ["clockId"] = clock.Id,
                ["ownerType"] = clock.OwnerType,
                ["ownerId"] = clock.OwnerId,
                ["calendarId"] = clock.CalendarId,
                ["year"] = year,
                ["oldCommittedDueDate"] = Day(before.CommittedDueDate),
                ["newCommittedDueDate"] = Day(after.CommittedDueDate),
                ["oldStatutoryDueDate"] = Day(before.StatutoryDueDate),
                ["newStatutoryDueDate"] = Day(after.StatutoryDueDate),
            });
    }

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
