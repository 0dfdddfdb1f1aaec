using WorkflowEngine.Calendar;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Supervision;

/// <summary>Durable storage of supervision alerts.</summary>
public interface IAlertStore
{
    Task<Alert?> FindAsync(string alertId, CancellationToken cancellationToken = default);

    /// <summary>Alerts matching the filter, newest first, with the total count.</summary>
    Task<AlertPage> ListAsync(AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="moved"/> with its journal line and outbox message in one transaction, provided the alert is
    /// still in <paramref name="from"/>; returns false (writing nothing) when someone moved it meanwhile.
    /// </summary>
    Task<bool> TransitionAsync(Alert moved, AlertState from, JournalEntry journal, OutboxMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Filters and paging of the alert list; <see cref="From"/> and <see cref="To"/> bound the raising instant, <see cref="Page"/> counts from 0.</summary>
public sealed record AlertQuery(
    AlertState? State = null,
    ClockLevel? Level = null,
    string? OwnerType = null,
    string? OwnerId = null,
    string? ClockId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 0,
    int PageSize = 50);

/// <summary>A page of alerts and the number of alerts matching the filter.</summary>
public sealed record AlertPage(IReadOnlyList<Alert> Items, long TotalCount);
