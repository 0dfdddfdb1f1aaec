namespace WorkflowEngine.Supervision;

/// <summary>Which alert states people may move an alert between, and which the system may withdraw.</summary>
/// <remarks>
/// Every move goes forward (Sent → Pending → UnderSupervision → Cancelled, each step skippable), so an alert changes
/// state a bounded number of times and a writer retrying after a concurrent move always ends.
/// </remarks>
public static class AlertTransitions
{
    static readonly Dictionary<AlertState, AlertState[]> ByPeople = new()
    {
        [AlertState.Sent] = [AlertState.Pending, AlertState.UnderSupervision, AlertState.Cancelled],
        [AlertState.Pending] = [AlertState.UnderSupervision, AlertState.Cancelled],
        [AlertState.UnderSupervision] = [AlertState.Cancelled],
    };

    /// <summary>States in which an alert still asks for something.</summary>
    public static bool IsOpen(AlertState state) => ByPeople.ContainsKey(state);

    /// <summary>
    /// The system withdraws what nobody has taken up yet; an alert under supervision stays with its supervisor, who
    /// closes it (a supervisor may still want the lateness accounted for after an extension).
    /// </summary>
    public static bool CanWithdraw(AlertState state) => state is AlertState.Sent or AlertState.Pending;

    /// <summary>The states people may move an alert in <paramref name="from"/> to.</summary>
    public static IReadOnlyList<AlertState> AllowedFrom(AlertState from) => ByPeople.GetValueOrDefault(from, []);

    public static bool IsAllowed(AlertState from, AlertState to) => AllowedFrom(from).Contains(to);

    /// <summary>Throws <see cref="AlertTransitionException"/> unless a person may move an alert from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static void EnsureAllowed(string alertId, AlertState from, AlertState to)
    {
        if (!IsAllowed(from, to))
            throw new AlertTransitionException(alertId, from, to, AllowedFrom(from));
    }
}
