using System.Text.Json;
using System.Text.Json.Serialization;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>Writes a working duration as its text ("5d", "0.5d", "2h"), which keeps its unit and reads back exactly.</summary>
internal sealed class WorkingDurationJsonConverter : JsonConverter<WorkingDuration>
{
    public override WorkingDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WorkingDuration.Parse(reader.GetString() ?? throw new JsonException("A working duration must be a string such as \"5d\"."));

    public override void Write(Utf8JsonWriter writer, WorkingDuration value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
