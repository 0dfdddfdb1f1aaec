namespace WorkflowEngine.Supervision;

/// <summary>Reads supervision alerts and moves them between states for people, journaling who and why.</summary>
public sealed class AlertService(IAlertStore store, TimeProvider time)
{
    public async Task<Alert> GetAsync(string alertId, CancellationToken cancellationToken = default) =>
        await store.FindAsync(alertId, cancellationToken) ?? throw new AlertNotFoundException(alertId);

    public Task<AlertPage> ListAsync(AlertQuery query, CancellationToken cancellationToken = default) => store.ListAsync(query, cancellationToken);

    /// <summary>
    /// Moves an alert to <paramref name="to"/>: Pending when the department acknowledges it, UnderSupervision when a
    /// supervisor takes it up, Cancelled by a supervisor with a note. Throws <see cref="AlertTransitionException"/> for
    /// any other move, including Withdrawn, which only the system makes.
    /// </summary>
    public async Task<Alert> TransitionAsync(string alertId, AlertState to, string by, string? note = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (to == AlertState.Cancelled && string.IsNullOrWhiteSpace(note))
            throw new ArgumentException("A supervisor cancels an alert with a note saying why.", nameof(note));
        while (true)
        {
            var alert = await GetAsync(alertId, cancellationToken);
            AlertTransitions.EnsureAllowed(alert.Id, alert.State, to);
            var moved = alert with { State = to, UpdatedAt = time.GetUtcNow(), Note = string.IsNullOrWhiteSpace(note) ? alert.Note : note };
            var line = SupervisionMessages.StateChangedLine(moved, alert.State, by, note);
            // Read back, so the caller sees the instant as the database keeps it (PostgreSQL keeps microseconds).
            if (await store.TransitionAsync(moved, alert.State, line, SupervisionMessages.StateChanged(moved, alert.State, by), cancellationToken))
                return await GetAsync(alertId, cancellationToken);
            // Moved by someone else meanwhile: decide again on its new state (moves only go forward, so this ends).
        }
    }
}
