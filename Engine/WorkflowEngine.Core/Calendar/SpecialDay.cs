namespace WorkflowEngine.Calendar;

/// <summary>A date on which a calendar departs from its weekly rule, such as 春节 (off) or 春节调休 (work).</summary>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name)
{
    /// <summary>The longest name a special day may have; names are short labels such as 国庆节、中秋节.</summary>
    public const int MaxNameLength = 64;

    public bool IsWorkingDay => Kind == SpecialDayKind.Work;
}
