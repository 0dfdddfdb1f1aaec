using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Converts clocks and alerts to and from their rows; instants are written in UTC, as PostgreSQL requires.</summary>
internal static class ClockMapping
{
    static readonly JsonSerializerOptions Json = CreateOptions();

    /// <summary>The thresholds column: both shares for a clock with its own thresholds, "{}" for one following the global default.</summary>
    sealed record ThresholdsJson(decimal? WarningAt, decimal? UrgentAt);

    public static ClockRecord ToRecord(ClockChange change)
    {
        var clock = change.Clock;
        return new ClockRecord
        {
            Id = clock.Id, OwnerType = clock.OwnerType, OwnerId = clock.OwnerId, CalendarId = clock.CalendarId,
            Events = WriteEvents(clock.Events), Thresholds = WriteThresholds(clock.Thresholds), Level = clock.SupervisedLevel.ToString(),
            IsPaused = change.Status.IsPaused, DueAt = change.Status.CommittedDeadline.ToUniversalTime(),
            CompletedAt = change.Status.CompletedAt?.ToUniversalTime(), UpdatedAt = change.Status.At.ToUniversalTime(),
            Revision = clock.Revision,
        };
    }

    public static StoredClock ToClock(ClockRecord r) =>
        new(r.Id, r.OwnerType, r.OwnerId, r.CalendarId, ReadEvents(r.Events), ReadThresholds(r.Thresholds), ParseLevel(r.Level), r.Revision);

    public static string WriteEvents(IReadOnlyList<ClockEvent> events) => JsonSerializer.Serialize(events, Json);

    public static List<ClockEvent> ReadEvents(string json) => JsonSerializer.Deserialize<List<ClockEvent>>(json, Json) ?? [];

    public static string WriteThresholds(ClockThresholds? thresholds) =>
        JsonSerializer.Serialize(new ThresholdsJson(thresholds?.WarningAt, thresholds?.UrgentAt), Json);

    public static ClockThresholds? ReadThresholds(string json) =>
        JsonSerializer.Deserialize<ThresholdsJson>(json, Json) is { WarningAt: { } warning, UrgentAt: { } urgent } ? new(warning, urgent) : null;

    public static ClockLevel ParseLevel(string level) => Enum.Parse<ClockLevel>(level);

    public static AlertRecord ToRecord(Alert a) => new()
    {
        Id = a.Id, ClockId = a.ClockId, OwnerType = a.OwnerType, OwnerId = a.OwnerId, Level = a.Level.ToString(),
        PreviousLevel = a.PreviousLevel.ToString(), State = a.State.ToString(), RaisedAt = a.RaisedAt.ToUniversalTime(),
        FeedbackDueAt = a.FeedbackDueAt?.ToUniversalTime(), UpdatedAt = a.UpdatedAt.ToUniversalTime(), Note = a.Note,
    };

    public static Alert ToAlert(AlertRecord r) => new(
        r.Id, r.ClockId, r.OwnerType, r.OwnerId, ParseLevel(r.Level), ParseLevel(r.PreviousLevel), Enum.Parse<AlertState>(r.State),
        r.RaisedAt, r.FeedbackDueAt, r.UpdatedAt, r.Note);

    static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new WorkingDurationJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
