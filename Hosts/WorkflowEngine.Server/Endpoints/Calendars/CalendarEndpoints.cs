namespace WorkflowEngine.Server.Endpoints.Calendars;

/// <summary>Maps the working-calendar API under /api/v1/calendars.</summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var calendars = app.MapGroup("/api/v1/calendars").WithTags("Calendars");
        calendars.MapCalendarQueries();
        calendars.MapCalendarAdministration();
        return app;
    }
}
