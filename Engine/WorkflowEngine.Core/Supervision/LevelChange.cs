using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>A clock's level moving away from the one supervision last acted on, and what supervision does about it.</summary>
/// <remarks>
/// A rise (Normal → Warning, Warning → Overdue…) raises one alert. A fall can only come from an extension, since time
/// moves forward: the open alerts above the new level no longer hold and are withdrawn, so a drop back to Normal
/// withdraws them all. A fall raises nothing.
/// </remarks>
public readonly record struct LevelChange(ClockLevel From, ClockLevel To)
{
    public bool IsChange => From != To;

    public bool Raises => To > From;

    /// <summary>True for an open alert of <paramref name="alertLevel"/> that this fall makes untrue.</summary>
    public bool Withdraws(ClockLevel alertLevel) => To < From && alertLevel > To;

    /// <summary>The alert this rise raises at <paramref name="now"/>, due for feedback <paramref name="feedbackWorkingDays"/> working days later on the clock's calendar.</summary>
    public Alert Raise(string clockId, string ownerType, string ownerId, DateTimeOffset now, WorkingCalendar calendar, int feedbackWorkingDays) =>
        Raises
            ? new(Guid.CreateVersion7().ToString("N"), clockId, ownerType, ownerId, To, From, AlertState.Sent, now,
                calendar.AddWorkingTime(now, WorkingDuration.Days(feedbackWorkingDays)), now, Note: null)
            : throw new InvalidOperationException($"A level falling from {From} to {To} raises no alert.");
}
