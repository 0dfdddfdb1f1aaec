using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WorkflowEngine.Tests.Server.Calendars;

/// <summary>The calendar API as the tests call it: one short method per endpoint, every answer as its status and JSON.</summary>
internal sealed class CalendarClient(HttpClient http)
{
    public const string AdminKey = "test-admin-key";

    public static Dictionary<string, string> ServerSettings(string? adminKey = AdminKey) => new() { ["Administration__ApiKey"] = adminKey ?? "" };

    public Task<Answer> DayAsync(string calendarId, string date) => GetAsync($"/api/v1/calendars/{calendarId}/days/{date}");

    public Task<Answer> DueDateAsync(string calendarId, string start, int workingDays) =>
        GetAsync($"/api/v1/calendars/{calendarId}/due-date?start={start}&workingDays={workingDays}");

    /// <summary>Part-day and hour limits from an instant written as the integrator would, "2025-03-14T16:00:00+08:00".</summary>
    public Task<Answer> DueAtAsync(string calendarId, string startAt, string duration) =>
        GetAsync($"/api/v1/calendars/{calendarId}/due-date?startAt={Uri.EscapeDataString(startAt)}&duration={duration}");

    public Task<Answer> WorkingDaysAsync(string calendarId, string from, string to) =>
        GetAsync($"/api/v1/calendars/{calendarId}/working-days?from={from}&to={to}");

    public Task<Answer> ListAsync() => GetAsync("/api/v1/calendars");

    public async Task<Answer> LoadYearAsync(string calendarId, int year, string csv, string? adminKey = AdminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/calendars/{calendarId}/years/{year}")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        return await SendAsync(request, adminKey);
    }

    public async Task<Answer> CreateAsync(object calendar, string? adminKey = AdminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calendars") { Content = JsonContent.Create(calendar) };
        return await SendAsync(request, adminKey);
    }

    public async Task<Answer> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, null);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request, string? adminKey)
    {
        if (adminKey is not null)
            request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), body);
    }
}

/// <summary>A status and JSON body, with short ways to read the properties tests look at.</summary>
public sealed record Answer(HttpStatusCode Status, JsonElement Json, string Body)
{
    /// <summary>The response headers, when the caller kept them.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Text(string property) => Json.GetProperty(property).ValueKind == JsonValueKind.Null ? null : Json.GetProperty(property).ToString();

    public int Number(string property) => Json.GetProperty(property).GetInt32();

    public bool Flag(string property) => Json.GetProperty(property).GetBoolean();

    /// <summary>The problem's stable code.</summary>
    public string? Code => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("code", out var code) ? code.GetString() : null;

    public override string ToString() => $"{(int)Status} {Body}";
}
