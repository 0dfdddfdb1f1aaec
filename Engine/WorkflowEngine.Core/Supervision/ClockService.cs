using Microsoft.Extensions.Options;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Supervision;

/// <summary>Starts, pauses, resumes, extends, completes and reads the time-limit clocks of any owner (a case, a task, an assistance request).</summary>
/// <remarks>
/// Each change is decided on the clock replayed from its stored events (so <see cref="ClockOperationException"/> from the
/// clock surfaces unchanged) and written with its journal lines under the revision it was decided on. The
/// <c>Prepare…</c> methods decide without writing, for a workflow activity whose burst writes the change.
/// </remarks>
public sealed class ClockService(IClockStore store, IWorkingCalendars calendars, IOptions<SupervisionOptions> options, TimeProvider time)
{
    // The scanner bumps revisions in the background; a change without an expected revision is decided again on fresh state.
    const int Attempts = 5;

    ClockThresholds DefaultThresholds => options.Value.DefaultThresholds;

    public async Task<ClockView> StartAsync(ClockStartRequest request, CancellationToken cancellationToken = default)
    {
        var (change, clock) = await DecideStartAsync(request, cancellationToken);
        return View(await store.SaveAsync(change, cancellationToken), clock, change.Status.At);
    }

    public Task<ClockView> PauseAsync(string clockId, PauseReason reason, ClockChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(clockId, request, (clock, at) => clock.Pause(reason, request.By, request.Why, at), cancellationToken);

    public Task<ClockView> ResumeAsync(string clockId, ClockChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(clockId, request, (clock, at) => clock.Resume(request.By, request.Why, at), cancellationToken);

    /// <summary>Adds an approved extension to the committed limit, and to the statutory limit too when <paramref name="alsoStatutory"/>.</summary>
    public Task<ClockView> ExtendAsync(string clockId, WorkingDuration extension, bool alsoStatutory, ClockChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(clockId, request, (clock, at) => clock.Extend(extension, request.By, request.Why, at, alsoStatutory), cancellationToken);

    public Task<ClockView> CompleteAsync(string clockId, ClockChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(clockId, request, (clock, at) => clock.Complete(request.By, request.Why, at), cancellationToken);

    /// <summary>The clock read at <paramref name="at"/> (now when not given).</summary>
    public async Task<ClockView> ReadAsync(string clockId, DateTimeOffset? at = null, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindAsync(clockId, cancellationToken) ?? throw new ClockNotFoundException(clockId);
        return View(stored, await ReplayAsync(stored, cancellationToken), at ?? time.GetUtcNow());
    }

    /// <summary>The clocks of one owner, read at <paramref name="at"/> (now when not given).</summary>
    public async Task<IReadOnlyList<ClockView>> FindByOwnerAsync(string ownerType, string ownerId, DateTimeOffset? at = null, CancellationToken cancellationToken = default)
    {
        var views = new List<ClockView>();
        foreach (var stored in await store.FindByOwnerAsync(ownerType, ownerId, cancellationToken))
            views.Add(View(stored, await ReplayAsync(stored, cancellationToken), at ?? time.GetUtcNow()));
        return views;
    }

    /// <summary>Decides the start of a clock without writing it.</summary>
    public async Task<ClockChange> PrepareStartAsync(ClockStartRequest request, CancellationToken cancellationToken = default) =>
        (await DecideStartAsync(request, cancellationToken)).Change;

    /// <summary>
    /// Decides a change without writing it: <paramref name="operation"/> calls one or more of the clock's own methods
    /// (<see cref="Clock.Pause"/>, <see cref="Clock.Extend"/>…). Write the result with <see cref="SaveAsync"/> or in a burst.
    /// </summary>
    public async Task<ClockChange> PrepareAsync(string clockId, Action<Clock> operation, string? instanceId = null, long? expectedRevision = null, CancellationToken cancellationToken = default) =>
        (await DecideAsync(clockId, operation, instanceId, expectedRevision, cancellationToken)).Change;

    /// <summary>Writes a prepared change; see <see cref="IClockStore.SaveAsync"/>.</summary>
    public Task<StoredClock> SaveAsync(ClockChange change, CancellationToken cancellationToken = default) => store.SaveAsync(change, cancellationToken);

    async Task<ClockView> ChangeAsync(string clockId, ClockChangeRequest request, Func<Clock, DateTimeOffset, ClockEvent> operation, CancellationToken cancellationToken)
    {
        var at = request.At ?? time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var (change, clock) = await DecideAsync(clockId, c => operation(c, at), request.InstanceId, request.ExpectedRevision, cancellationToken);
            try
            {
                return View(await store.SaveAsync(change, cancellationToken), clock, at);
            }
            catch (ClockConflictException) when (request.ExpectedRevision is null && attempt < Attempts)
            {
            }
        }
    }

    async Task<(ClockChange Change, Clock Clock)> DecideStartAsync(ClockStartRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OwnerType);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OwnerId);
        var calendar = await calendars.GetAsync(request.CalendarId, cancellationToken);
        var clock = Clock.Start(calendar, request.At ?? time.GetUtcNow(), request.CommittedLimit, request.StatutoryLimit,
            request.By, request.Why, request.Thresholds ?? DefaultThresholds);
        // Supervision has acted on nothing yet: a clock started already late is alerted by the next scan.
        var stored = new StoredClock(request.ClockId ?? Guid.CreateVersion7().ToString("N"), request.OwnerType, request.OwnerId,
            request.CalendarId, [], request.Thresholds, ClockLevel.Normal, Revision: 0);
        return (Change(stored, clock, request.InstanceId, isNew: true), clock);
    }

    async Task<(ClockChange Change, Clock Clock)> DecideAsync(string clockId, Action<Clock> operation, string? instanceId, long? expectedRevision, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(clockId, cancellationToken) ?? throw new ClockNotFoundException(clockId);
        if (expectedRevision is { } expected && expected != stored.Revision)
            throw new ClockConflictException(clockId, expected);
        var clock = await ReplayAsync(stored, cancellationToken);
        operation(clock);
        if (clock.Events.Count == stored.Events.Count)
            throw new InvalidOperationException("The operation did not change the clock.");
        return (Change(stored, clock, instanceId, isNew: false), clock);
    }

    static ClockChange Change(StoredClock before, Clock clock, string? instanceId, bool isNew)
    {
        var status = clock.StatusAt(clock.Events[^1].At);
        var after = before with
        {
            Events = [.. clock.Events],
            // Completion freezes the level for good; otherwise the level is the scanner's to move, so it raises the alerts.
            SupervisedLevel = clock.IsCompleted ? status.Level : before.SupervisedLevel,
            Revision = before.Revision + 1,
        };
        var journal = clock.Events.Skip(before.Events.Count).Select(e => ClockJournal.Entry(after, e, instanceId)).ToList();
        return new ClockChange(after, isNew ? null : before.Revision, status, journal);
    }

    async Task<Clock> ReplayAsync(StoredClock stored, CancellationToken cancellationToken) =>
        Clock.Replay(await calendars.GetAsync(stored.CalendarId, cancellationToken), stored.Events, stored.Thresholds ?? DefaultThresholds);

    static ClockView View(StoredClock stored, Clock clock, DateTimeOffset at) => new(
        stored, clock.StartedAt, clock.Thresholds,
        [.. clock.Pauses.Where(p => p.PausedAt <= at)], [.. clock.Extensions.Where(e => e.At <= at)], clock.StatusAt(at));
}
