namespace WorkflowEngine.Calendar;

/// <summary>The public holidays that 《全国年节及纪念日放假办法》 fixes for every year, with their 补假, as a calendar can know them before the year's notice is out.</summary>
/// <remarks>
/// From 2025 the 2024 revision gives 13 days: 元旦; 春节 (农历除夕 and 正月初一 to 初三); 清明; 劳动节 (1–2 May); 端午;
/// 中秋; 国庆 (1–3 October). Earlier years use the 2013 revision (春节 正月初一 to 初三, 劳动节 1 May only: 11 days).
/// A holiday on a weekend is made up on the next weekday that is neither a holiday nor another make-up, so a run of
/// holidays pushes its make-ups past its end. The make-up working weekends (调休上班) that each year's notice adds
/// cannot be predicted and are not guessed.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year under the 2024 revision.</summary>
    public const int Revision2024 = 2025;

    private static readonly DayOfWeek[] SaturdayAndSunday = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The statutory days off of <paramref name="year"/> and their make-up days, in date order, all of kind <see cref="SpecialDayKind.Off"/>.</summary>
    /// <param name="weekendDays">The weekly rest days the make-up rule avoids; Saturday and Sunday unless given.</param>
    public static IReadOnlyList<SpecialDay> Of(int year, IReadOnlyCollection<DayOfWeek>? weekendDays = null)
    {
        var weekend = weekendDays ?? SaturdayAndSunday;
        var holidays = new SortedDictionary<DateOnly, string>();
        foreach (var (date, name) in Holidays(year))
        {
            // 中秋 can fall on 1–3 October: one day then carries both names and is one day off, not two.
            holidays[date] = holidays.TryGetValue(date, out var other) ? $"{other}、{name}" : name;
        }
        var taken = new HashSet<DateOnly>(holidays.Keys);
        var days = holidays.Select(h => new SpecialDay(h.Key, SpecialDayKind.Off, h.Value)).ToList();
        foreach (var (date, name) in holidays.Where(h => weekend.Contains(h.Key.DayOfWeek)).ToList())
        {
            var makeUp = date.AddDays(1);
            while (weekend.Contains(makeUp.DayOfWeek) || taken.Contains(makeUp))
                makeUp = makeUp.AddDays(1);
            taken.Add(makeUp);
            days.Add(new SpecialDay(makeUp, SpecialDayKind.Off, $"{FirstName(name)}补假"));
        }
        return [.. days.OrderBy(d => d.Date)];
    }

    private static IEnumerable<(DateOnly Date, string Name)> Holidays(int year)
    {
        yield return (new DateOnly(year, 1, 1), "元旦");
        if (ChineseDates.HasLunarYear(year))
        {
            var newYear = ChineseDates.OfLunar(year, 1, 1);
            var first = year >= Revision2024 ? -1 : 0;
            for (var offset = first; offset <= 2; offset++)
                yield return (newYear.AddDays(offset), "春节");
        }
        yield return (ChineseDates.Qingming(year), "清明节");
        yield return (new DateOnly(year, 5, 1), "劳动节");
        if (year >= Revision2024)
            yield return (new DateOnly(year, 5, 2), "劳动节");
        // 国庆 before 中秋, so a day that is both is named "国庆节、中秋节" as the notices name it.
        for (var day = 1; day <= 3; day++)
            yield return (new DateOnly(year, 10, day), "国庆节");
        if (ChineseDates.HasLunarYear(year))
        {
            yield return (ChineseDates.OfLunar(year, 5, 5), "端午节");
            yield return (ChineseDates.OfLunar(year, 8, 15), "中秋节");
        }
    }

    // A make-up for a day named "国庆节、中秋节" is the first holiday's, as a notice would name it.
    private static string FirstName(string name) => name.Split('、')[0];
}
