namespace WorkflowEngine.Calendar;

/// <summary>A date on which a calendar departs from its weekly rule, such as 春节 (off) or 春节调休 (work).</summary>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name)
{
    public bool IsWorkingDay => Kind == SpecialDayKind.Work;
}
