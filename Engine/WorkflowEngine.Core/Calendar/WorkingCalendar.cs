using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace WorkflowEngine.Calendar;

/// <summary>An immutable working calendar (工作日历): weekly rest days, official special days, working hours and time zone.</summary>
/// <remarks>
/// A regional calendar names a parent and overrides only the days that differ; everything it does not
/// say is asked of the parent. Year tables are built lazily and cached, so an instance is safe to share.
/// A year that no calendar in the chain has loaded is answered provisionally (暂定) from the statute, see
/// <see cref="IsYearProvisional"/>, so that no count ever stops at a year whose notice is not out yet.
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly ConcurrentDictionary<int, YearTable> tables = new();
    private readonly ConcurrentDictionary<int, ImmutableDictionary<DateOnly, SpecialDay>> provisional = new();

    public WorkingCalendar(
        string id,
        string name,
        WorkingCalendar? parent = null,
        IEnumerable<DayOfWeek>? weekendDays = null,
        WorkingHours? workingHours = null,
        TimeZoneInfo? timeZone = null,
        bool? treatUnloadedYearsAsPlainWeekends = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Name = name;
        Parent = parent;
        WeekendDays = weekendDays?.ToImmutableSortedSet() ?? parent?.WeekendDays ?? [DayOfWeek.Saturday, DayOfWeek.Sunday];
        if (WeekendDays.Count == 7)
            throw new ArgumentException("A calendar with every day of the week off has no working days.", nameof(weekendDays));
        WorkingHours = workingHours ?? parent?.WorkingHours ?? WorkingHours.Standard;
        TimeZone = timeZone ?? parent?.TimeZone ?? Shanghai;
        TreatUnloadedYearsAsPlainWeekends = treatUnloadedYearsAsPlainWeekends ?? parent?.TreatUnloadedYearsAsPlainWeekends ?? false;
    }

    private WorkingCalendar(WorkingCalendar source, ImmutableSortedDictionary<DateOnly, SpecialDay> specialDays, ImmutableSortedSet<int> loadedYears)
        : this(source.Id, source.Name, source.Parent, source.WeekendDays, source.WorkingHours, source.TimeZone, source.TreatUnloadedYearsAsPlainWeekends)
    {
        SpecialDays = specialDays;
        OwnLoadedYears = loadedYears;
    }

    public string Id { get; }

    public string Name { get; }

    public WorkingCalendar? Parent { get; }

    public ImmutableSortedSet<DayOfWeek> WeekendDays { get; }

    public WorkingHours WorkingHours { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>When true, a year with no holiday table counts only weekends as off instead of being answered provisionally from the statute.</summary>
    public bool TreatUnloadedYearsAsPlainWeekends { get; }

    /// <summary>This calendar's own special days (a regional calendar's overrides); the parent's are not repeated here.</summary>
    public ImmutableSortedDictionary<DateOnly, SpecialDay> SpecialDays { get; } = ImmutableSortedDictionary<DateOnly, SpecialDay>.Empty;

    /// <summary>Years whose official table was loaded into this calendar itself.</summary>
    public ImmutableSortedSet<int> OwnLoadedYears { get; } = [];

    /// <summary>Years this calendar can answer for: its own loaded years and its ancestors'.</summary>
    public IEnumerable<int> CoveredYears => Parent is null ? OwnLoadedYears : OwnLoadedYears.Union(Parent.CoveredYears);

    public bool IsYearLoaded(int year) => OwnLoadedYears.Contains(year) || Parent?.IsYearLoaded(year) == true;

    /// <summary>
    /// True when no calendar in the chain has loaded <paramref name="year"/> and plain weekends were not asked for: its
    /// days off are then the statutory holidays and their 补假 (<see cref="StatutoryHolidays"/>) plus weekends, with no
    /// make-up working weekends, until the official table is loaded.
    /// </summary>
    public bool IsYearProvisional(int year) => !IsYearLoaded(year) && !TreatUnloadedYearsAsPlainWeekends;

    /// <summary>True when any date from <paramref name="from"/> to <paramref name="to"/> (both included, either order) lies in a provisional year.</summary>
    public bool IsProvisionalBetween(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = first; year <= last; year++)
        {
            if (IsYearProvisional(year))
                return true;
        }
        return false;
    }

    /// <summary>A copy whose special days for <paramref name="year"/> are exactly <paramref name="days"/>, the year counting as loaded.</summary>
    public WorkingCalendar WithYear(int year, IEnumerable<SpecialDay> days)
    {
        var list = days.ToList();
        var stray = list.FirstOrDefault(d => d.Date.Year != year);
        if (stray is not null)
            throw new ArgumentException($"{stray.Date:yyyy-MM-dd} ({stray.Name}) is not in {year}.", nameof(days));
        var kept = SpecialDays.Where(d => d.Key.Year != year);
        return new(this, Build(kept.Select(d => d.Value).Concat(list)), OwnLoadedYears.Add(year));
    }

    /// <summary>A copy with extra or replaced special days, such as a regional holiday; no year becomes loaded by it.</summary>
    public WorkingCalendar WithSpecialDays(params IEnumerable<SpecialDay> days)
    {
        var merged = SpecialDays.ToBuilder();
        foreach (var day in days)
            merged[day.Date] = day;
        return new(this, merged.ToImmutable(), OwnLoadedYears);
    }

    /// <summary>The special day in force on <paramref name="date"/>, looking up through the parents; in a provisional year, a statutory holiday the chain does not override.</summary>
    public SpecialDay? FindSpecialDay(DateOnly date) =>
        FindListedDay(date) ?? (IsYearProvisional(date.Year) ? ProvisionalDays(date.Year).GetValueOrDefault(date) : null);

    public bool IsWorkingDay(DateOnly date) => Table(date.Year).IsWorkingDay(date.DayOfYear);

    /// <summary>The number of working days in the year, such as 248 for China in 2025.</summary>
    public int WorkingDaysInYear(int year) => Table(year).WorkingDays;

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="start"/>; the start day never counts, and n = 0 gives the start.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n) => WorkingDayArithmetic.AddWorkingDays(Table, start, n);

    /// <summary>The number of working days in (from, to]: the inverse of <see cref="AddWorkingDays"/>, negative when to is before from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => WorkingDayArithmetic.WorkingDaysBetween(Table, from, to);

    /// <summary>The instant at which <paramref name="duration"/> has run from <paramref name="start"/>; see <see cref="WorkingDuration"/> for how days count.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, WorkingDuration duration)
    {
        if (!duration.IsWholeDays)
            return WorkingTimeArithmetic.Add(this, start, duration.ToWorkingTime(WorkingHours.PerDay));
        var (day, _) = WorkingTimeArithmetic.Local(this, start);
        var due = WorkingTimeArithmetic.EndOfDay(this, AddWorkingDays(day, duration.WholeDays));
        // Only 0d can end before its start (accepted after hours); it is due on the spot instead.
        return due < start ? start : due;
    }

    /// <summary>Working time inside working hours on working days between two instants, negative when to is before from.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => WorkingTimeArithmetic.Between(this, from, to);

    /// <summary>The end of working hours on <paramref name="day"/> in this calendar's time zone.</summary>
    public DateTimeOffset EndOfWorkingDay(DateOnly day) => WorkingTimeArithmetic.EndOfDay(this, day);

    /// <summary>The calendar date of an instant in this calendar's time zone.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => WorkingTimeArithmetic.Local(this, instant).Day;

    public override string ToString() => $"{Id} ({Name})";

    private YearTable Table(int year) => tables.GetOrAdd(year, y => new YearTable(y, IsWorkingDayUncached));

    // A listed day anywhere in the chain (a region's override, or a day added without loading its year) beats the statute.
    private SpecialDay? FindListedDay(DateOnly date) =>
        SpecialDays.TryGetValue(date, out var day) ? day : Parent?.FindListedDay(date);

    private ImmutableDictionary<DateOnly, SpecialDay> ProvisionalDays(int year) => provisional.GetOrAdd(year, y =>
        StatutoryHolidays.Of(y, WeekendDays).ToImmutableDictionary(d => d.Date));

    private bool IsWorkingDayUncached(DateOnly date) =>
        FindSpecialDay(date)?.IsWorkingDay ?? !WeekendDays.Contains(date.DayOfWeek);

    private static ImmutableSortedDictionary<DateOnly, SpecialDay> Build(IEnumerable<SpecialDay> days)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<DateOnly, SpecialDay>();
        foreach (var day in days)
        {
            if (!builder.TryAdd(day.Date, day))
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is listed twice.", nameof(days));
        }
        return builder.ToImmutable();
    }
}
