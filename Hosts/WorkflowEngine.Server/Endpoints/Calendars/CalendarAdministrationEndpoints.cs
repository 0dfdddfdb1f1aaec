using System.ComponentModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Calendars;

/// <summary>Listing calendars, and the administrator's changes: adding a regional calendar, loading a year's holiday table.</summary>
internal static class CalendarAdministrationEndpoints
{
    /// <summary>A year's table is a few kilobytes; anything far larger is not one.</summary>
    private const int MaxTableCharacters = 256 * 1024;

    private const int FirstYear = 1900;
    private const int LastYear = 2199;

    public static RouteGroupBuilder MapCalendarAdministration(this RouteGroupBuilder calendars)
    {
        calendars.MapGet("/", List)
            .WithName("ListCalendars")
            .WithSummary("The working calendars · 工作日历列表")
            .WithDescription("Each calendar with its parent, time zone, weekend days, working hours, the holiday tables loaded into it and the years it covers.");
        calendars.MapGet("/{calendarId}", Get)
            .WithName("GetCalendar")
            .WithSummary("One working calendar · 工作日历")
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendars.MapPost("/", Create)
            .WithName("CreateCalendar")
            .WithSummary("Add a regional calendar · 新增地区工作日历")
            .WithDescription("A calendar on top of a parent (usually cn) overrides only the days it lists and covers the years its parent covers. " +
                "Weekend days, working hours and time zone default to the parent's.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAdministrator();
        calendars.MapPut("/{calendarId}/years/{year}", ImportYear)
            .WithName("LoadCalendarYear")
            .WithSummary("Load a year's holiday table · 导入年度节假日安排")
            .WithDescription("The body is the official table as UTF-8 CSV: '#' comments, the header date,kind,name, then one line per day, " +
                "kind off (holiday) or work (make-up working day on a weekend). Replaces that year's days of the calendar in one transaction; " +
                "a table with any error changes nothing and lists every error with its line number.")
            .AddOpenApiOperationTransformer(DocumentCsvBody)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAdministrator();
        return calendars;
    }

    private static async Task<Ok<IReadOnlyList<CalendarSummary>>> List(CalendarAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.ListAsync(cancellationToken));

    private static async Task<Ok<CalendarSummary>> Get(string calendarId, CalendarAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.GetAsync(calendarId, cancellationToken));

    private static async Task<Created<CalendarSummary>> Create(NewCalendar calendar, CalendarAdministration administration, CancellationToken cancellationToken)
    {
        var created = await administration.CreateAsync(calendar, cancellationToken);
        return TypedResults.Created($"/api/v1/calendars/{created.Id}", created);
    }

    private static async Task<Results<Ok<YearImport>, ProblemHttpResult>> ImportYear(
        string calendarId,
        [Description("The year the table is for, such as 2027")] string year,
        HttpRequest request,
        CalendarAdministration administration,
        CancellationToken cancellationToken)
    {
        var tableYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= LastYear
            ? y
            : throw new InvalidQueryException("year", $"'year' must be a year from {FirstYear} to {LastYear}; got '{year}'.");
        if (!IsText(request.ContentType))
            return Problem.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Send the holiday table as text/csv.",
                $"The body was sent as '{request.ContentType}'; send it with Content-Type: text/csv (UTF-8).");
        var csv = await ReadTableAsync(request, cancellationToken);
        if (csv is null)
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, "holiday-table-too-large", "The holiday table is too large.",
                $"A year's table is a few kilobytes; at most {MaxTableCharacters} characters are read.");
        return TypedResults.Ok(await administration.ImportYearAsync(calendarId, tableYear, csv, AdministratorKey.CallerName, cancellationToken));
    }

    // Not Accepts<string>("text/csv"): routing would then refuse other content types with a bare 415 before our problem details.
    private static Task DocumentCsvBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The official holiday table, UTF-8 CSV · 国务院办公厅节假日安排表",
            Content = new Dictionary<string, OpenApiMediaType> { ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
        };
        return Task.CompletedTask;
    }

    private static bool IsText(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType is "text/csv" or "text/plain";

    /// <summary>The body as text, or null when it is longer than a holiday table could be.</summary>
    private static async Task<string?> ReadTableAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxTableCharacters + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        return length > MaxTableCharacters ? null : new string(buffer, 0, length);
    }
}
