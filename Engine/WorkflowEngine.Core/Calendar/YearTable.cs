namespace WorkflowEngine.Calendar;

/// <summary>One year of a calendar as running totals of working days, so day counts cost two array reads.</summary>
internal sealed class YearTable
{
    // counts[i] = working days among day-of-year 1..i; counts[0] = 0. It is both the bitmap
    // (day i works when counts[i] - counts[i - 1] == 1) and a prefix sum for counting ranges.
    private readonly ushort[] counts;

    public YearTable(int year, Func<DateOnly, bool> isWorkingDay)
    {
        Year = year;
        var first = new DateOnly(year, 1, 1);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        counts = new ushort[days + 1];
        for (var i = 1; i <= days; i++)
            counts[i] = (ushort)(counts[i - 1] + (isWorkingDay(first.AddDays(i - 1)) ? 1 : 0));
    }

    public int Year { get; }

    public int DaysInYear => counts.Length - 1;

    public int WorkingDays => counts[^1];

    public bool IsWorkingDay(int dayOfYear) => counts[dayOfYear] != counts[dayOfYear - 1];

    /// <summary>Working days among day-of-year (after, upTo].</summary>
    public int Count(int after, int upTo) => counts[upTo] - counts[after];

    /// <summary>The day of year of the <paramref name="n"/>-th working day after day <paramref name="after"/>; n must not exceed Count(after, DaysInYear).</summary>
    public int NthWorkingDayAfter(int after, int n)
    {
        // First index whose running total reaches counts[after] + n: that day is a working day.
        var target = counts[after] + n;
        int lo = after + 1, hi = DaysInYear;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (counts[mid] >= target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    public DateOnly Date(int dayOfYear) => new DateOnly(Year, 1, 1).AddDays(dayOfYear - 1);
}
