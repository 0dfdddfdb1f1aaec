using System.Globalization;
using WorkflowEngine.Activities;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Timers;

/// <summary>
/// Waits for a duration: in working days or hours on a working calendar ("3d", "0.5d", "2h", "90m"),
/// or in plain elapsed time ("3d", "2h", or "00:00:30"). Durable: the wait survives restarts and fires once.
/// </summary>
[Activity("Time", "Time", "Waits for a duration in working days, working hours or elapsed time.", DisplayName = "等待时长 Delay")]
[FlowNode("Done")]
public sealed class Delay : Activity
{
    [Input(DisplayName = "时长 Duration", Description = "e.g. 3d, 0.5d, 2h, 90m; in elapsed time also hh:mm:ss.", Required = true)]
    public Input<string> Duration { get; set; } = new();

    [Input(DisplayName = "计时方式 Counting", Description = "WorkingTime counts only working hours on working days of the calendar.")]
    public Input<DurationCounting> Counting { get; set; } = new(DurationCounting.WorkingTime);

    [Input(DisplayName = "工作日历 Calendar", Description = "The working calendar for WorkingTime; the national calendar by default.")]
    public Input<string> CalendarId { get; set; } = new("cn");

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.Get(Duration) ?? throw new InvalidOperationException("no duration given");
        var dueAt = context.Get(Counting) == DurationCounting.CalendarTime
            ? context.Now + ElapsedTime(text)
            : (await context.GetRequiredService<IWorkingCalendars>().GetAsync(context.Get(CalendarId) ?? "cn", context.CancellationToken))
                .AddWorkingTime(context.Now, WorkingDuration.Parse(text));
        context.CreateTimer(dueAt);
    }

    static TimeSpan ElapsedTime(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && text.Contains(':')
            ? span
            : WorkingDuration.Parse(text) switch
            {
                { Unit: WorkingDurationUnit.Days } d => TimeSpan.FromDays((double)d.Value),
                { Unit: WorkingDurationUnit.Hours } h => TimeSpan.FromHours((double)h.Value),
                var m => TimeSpan.FromMinutes((double)m.Value),
            };
}
