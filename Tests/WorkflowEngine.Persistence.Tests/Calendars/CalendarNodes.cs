using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Calendars;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence.Calendars;

/// <summary>Short ways for calendar tests to act as one node of several on a shared database.</summary>
internal static class CalendarNodes
{
    /// <summary>Another engine process on the same database, with its own calendar cache.</summary>
    public static Task<TestEngine> StartNodeAsync(PersistenceOptions database, TimeSpan refreshInterval) =>
        TestEngine.StartAsync(new PersistenceOptions
        {
            Provider = database.Provider,
            ConnectionString = database.ConnectionString,
            CalendarRefreshInterval = refreshInterval,
        });

    public static Task<WorkingCalendar> CalendarAsync(this TestEngine engine, string calendarId = "cn") =>
        engine.Services.GetRequiredService<IWorkingCalendars>().GetAsync(calendarId);

    public static Task<YearImport> LoadYearAsync(this TestEngine engine, string calendarId, int year, string csv, string by = "测试管理员") =>
        engine.InScopeAsync<CalendarAdministration, YearImport>(a => a.ImportYearAsync(calendarId, year, csv, by));

    public static Task<CalendarSummary> CreateCalendarAsync(this TestEngine engine, NewCalendar calendar) =>
        engine.InScopeAsync<CalendarAdministration, CalendarSummary>(a => a.CreateAsync(calendar));

    public static Task<T> InDatabaseAsync<T>(this TestEngine engine, Func<WorkflowDbContext, Task<T>> query) =>
        engine.InScopeAsync<WorkflowDbContext, T>(query);

    public static Task<int> CountDaysAsync(this TestEngine engine, string calendarId = "cn") =>
        engine.InDatabaseAsync(db => db.CalendarDays.CountAsync(d => d.CalendarId == calendarId));
}
