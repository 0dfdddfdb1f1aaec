using System.Globalization;

namespace WorkflowEngine.Calendar;

/// <summary>Gregorian dates of the lunar and solar-term days the holiday statute names.</summary>
internal static class ChineseDates
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>Whether .NET knows the lunar months of <paramref name="year"/> (it does for 1901–2100).</summary>
    public static bool HasLunarYear(int year) =>
        year > Lunar.MinSupportedDateTime.Year && year < Lunar.MaxSupportedDateTime.Year;

    /// <summary>The Gregorian date of day <paramref name="day"/> of the ordinary (not leap) lunar month <paramref name="month"/> in the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly OfLunar(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        // The calendar numbers months 1..13 in a leap year; GetLeapMonth gives the index of the leap month,
        // which repeats the month before it, so every ordinary month from that index on moves up by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>农历除夕: the last day of the lunar year that ends in <paramref name="year"/>, the day before 正月初一.</summary>
    public static DateOnly LunarNewYearsEve(int year) => OfLunar(year, 1, 1).AddDays(-1);

    /// <summary>The day of the 清明 solar term (the sun at 15° ecliptic longitude) in Beijing time: 4 or 5 April.</summary>
    /// <remarks>
    /// The "C value" rule for the 21st century, day = ⌊Y × 0.2422 + C⌋ − L with Y = year − 2000 and C = 4.81, where L
    /// counts the Gregorian leap days since 2000 (the usual ⌊Y/4⌋ is wrong for 2100, which is not a leap year). Checked
    /// against a solar-longitude computation for every year 2001–2100; outside that century it may be a day off.
    /// </remarks>
    public static DateOnly Qingming(int year)
    {
        var y = year - 2000;
        var leapDays = LeapYearsThrough(year) - LeapYearsThrough(2000);
        var day = (int)Math.Floor(y * 0.2422 + 4.81) - leapDays;
        return new DateOnly(year, 4, day);
    }

    private static int LeapYearsThrough(int year) => year / 4 - year / 100 + year / 400;
}
