namespace WorkflowEngine.Calendar;

/// <summary>A problem found on one line of a holiday table, for the administrator who imports it.</summary>
public sealed record HolidayTableIssue(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
