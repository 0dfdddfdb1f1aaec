namespace WorkflowEngine.Calendar;

/// <summary>Counting working days across years, one <see cref="YearTable"/> per year touched.</summary>
/// <remarks>Each query costs O(years spanned + log 366), whatever the number of days.</remarks>
internal static class WorkingDayArithmetic
{
    public static DateOnly AddWorkingDays(Func<int, YearTable> tables, DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
            return start;
        // The start day never counts, so only the years from the next day on are looked at.
        var next = start.AddDays(1);
        var year = next.Year;
        var after = next.DayOfYear - 1;
        var remaining = n;
        while (true)
        {
            var table = tables(year);
            var available = table.Count(after, table.DaysInYear);
            if (remaining <= available)
                return table.Date(table.NthWorkingDayAfter(after, remaining));
            remaining -= available;
            year++;
            after = 0;
        }
    }

    /// <summary>Working days in (from, to], negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public static int WorkingDaysBetween(Func<int, YearTable> tables, DateOnly from, DateOnly to)
    {
        if (to < from)
            return -WorkingDaysBetween(tables, to, from);
        if (to == from)
            return 0;
        var next = from.AddDays(1);
        var total = 0;
        for (var year = next.Year; year <= to.Year; year++)
        {
            var table = tables(year);
            var after = year == next.Year ? next.DayOfYear - 1 : 0;
            var upTo = year == to.Year ? to.DayOfYear : table.DaysInYear;
            total += table.Count(after, upTo);
        }
        return total;
    }
}
