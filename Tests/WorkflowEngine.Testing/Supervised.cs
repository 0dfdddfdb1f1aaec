using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Calendar;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Supervision;
using static WorkflowEngine.Testing.BeijingTime;

namespace WorkflowEngine.Testing;

/// <summary>Clocks, scans and alerts on a test engine, with as little ceremony as the tests need.</summary>
public static class Supervised
{
    public const string Clerk = "窗口 王";

    /// <summary>A case clock on the national calendar accepted at a Beijing time, with limits written as "10d".</summary>
    public static Task<ClockView> StartClockAsync(this TestEngine engine, string at = "2025-03-07 10:00", string committed = "10d",
        string statutory = "20d", ClockThresholds? thresholds = null, string? ownerId = null, string ownerType = "case") =>
        engine.InScopeAsync<ClockService, ClockView>(s => s.StartAsync(new ClockStartRequest(
            ownerType, ownerId ?? "CASE-" + Guid.NewGuid().ToString("N")[..12], "cn",
            WorkingDuration.Parse(committed), WorkingDuration.Parse(statutory), Clerk, "受理")
        { At = At(at), Thresholds = thresholds }));

    public static Task<ClockView> ExtendClockAsync(this TestEngine engine, string clockId, string extension, string at, bool alsoStatutory = false) =>
        engine.InScopeAsync<ClockService, ClockView>(s =>
            s.ExtendAsync(clockId, WorkingDuration.Parse(extension), alsoStatutory, new ClockChangeRequest("科长 李", "现场核查需要") { At = At(at) }));

    public static Task<ClockView> ReadClockAsync(this TestEngine engine, string clockId, string at) =>
        engine.InScopeAsync<ClockService, ClockView>(s => s.ReadAsync(clockId, At(at)));

    /// <summary>One scan at a Beijing time; returns the number of alerts raised.</summary>
    public static Task<int> ScanAsync(this TestEngine engine, string at) =>
        engine.InScopeAsync<ISupervisionScanner, int>(s => s.ScanAsync(At(at)));

    public static async Task<IReadOnlyList<Alert>> AlertsOfAsync(this TestEngine engine, string clockId) =>
        (await engine.InScopeAsync<AlertService, AlertPage>(s => s.ListAsync(new AlertQuery(ClockId: clockId, PageSize: 100)))).Items;

    public static Task<List<OutboxRecord>> OutboxAsync(this TestEngine engine, string topic) =>
        engine.InScopeAsync<WorkflowDbContext, List<OutboxRecord>>(db => db.Outbox.AsNoTracking().Where(o => o.Topic == topic).ToListAsync());

    public static Task<ClockRecord> ClockRowAsync(this TestEngine engine, string clockId) =>
        engine.InScopeAsync<WorkflowDbContext, ClockRecord>(db => db.Clocks.AsNoTracking().SingleAsync(c => c.Id == clockId));

    /// <summary>Runs <paramref name="action"/> with the scoped services of one unit of work.</summary>
    public static async Task<T> InScopeAsync<T>(this TestEngine engine, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = engine.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
