namespace WorkflowEngine.Calendar;

/// <summary>The outcome of reading a holiday table: its rows when it is valid, otherwise only the errors.</summary>
/// <remarks>Rows are withheld whenever there is an error, so a half-read table can never be imported.</remarks>
public sealed record HolidayTable(IReadOnlyList<SpecialDay> Rows, IReadOnlyList<HolidayTableIssue> Errors, IReadOnlyList<HolidayTableIssue> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The years the rows cover, in order.</summary>
    public IReadOnlyList<int> Years => [.. Rows.Select(r => r.Date.Year).Distinct().Order()];

    /// <summary>The rows of one year, ready for <see cref="WorkingCalendar.WithYear"/>.</summary>
    public IEnumerable<SpecialDay> RowsOf(int year) => Rows.Where(r => r.Date.Year == year);

    /// <summary>Throws with every error listed when the table is not valid.</summary>
    public HolidayTable EnsureValid(string source) => IsValid
        ? this
        : throw new FormatException($"Holiday table {source} is not valid:{Environment.NewLine}" + string.Join(Environment.NewLine, Errors));
}
