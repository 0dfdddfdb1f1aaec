using System.Globalization;

namespace WorkflowEngine.Calendar;

/// <summary>A time limit counted on a working calendar: whole days ("3d"), part days ("0.5d"), hours ("2h") or minutes ("90m").</summary>
/// <remarks>
/// Whole days are counted as dates (the start day does not count, the whole due day does);
/// part days and hours are counted as working time from the start instant, a day being the calendar's
/// working hours (0.5d = 3.5 h on a 7-hour day). Equality keeps the unit: 2h is not 120m.
/// </remarks>
public readonly record struct WorkingDuration
{
    private WorkingDuration(decimal value, WorkingDurationUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
        Unit = unit;
    }

    public static WorkingDuration Zero => Days(0);

    public decimal Value { get; }

    public WorkingDurationUnit Unit { get; }

    /// <summary>True for 0d, 1d, 20d…: limits counted as dates rather than hours.</summary>
    public bool IsWholeDays => Unit == WorkingDurationUnit.Days && Value == decimal.Truncate(Value);

    public bool IsZero => Value == 0;

    public static WorkingDuration Days(decimal days) => new(days, WorkingDurationUnit.Days);

    public static WorkingDuration Hours(decimal hours) => new(hours, WorkingDurationUnit.Hours);

    public static WorkingDuration Minutes(decimal minutes) => new(minutes, WorkingDurationUnit.Minutes);

    /// <summary>The whole number of days of a whole-day duration.</summary>
    public int WholeDays => IsWholeDays
        ? (int)Value
        : throw new InvalidOperationException($"{this} is not a whole number of working days.");

    /// <summary>This duration as working time, a day being <paramref name="workingDay"/> long.</summary>
    public TimeSpan ToWorkingTime(TimeSpan workingDay) => Unit switch
    {
        WorkingDurationUnit.Days => TimeSpan.FromTicks((long)(Value * workingDay.Ticks)),
        WorkingDurationUnit.Hours => TimeSpan.FromTicks((long)(Value * TimeSpan.TicksPerHour)),
        _ => TimeSpan.FromTicks((long)(Value * TimeSpan.TicksPerMinute)),
    };

    /// <summary>The sum of two durations in days, or of two in hours or minutes (minutes when they differ).</summary>
    public WorkingDuration Plus(WorkingDuration other)
    {
        if (Unit == other.Unit)
            return new(Value + other.Value, Unit);
        // Days have no fixed length in hours until a calendar says so, so a sum across them is refused.
        if (Unit == WorkingDurationUnit.Days || other.Unit == WorkingDurationUnit.Days)
            throw new ArgumentException($"Cannot add {other} to {this}: state both in days, or both in hours or minutes.", nameof(other));
        return Minutes(InMinutes(this) + InMinutes(other));
    }

    public static WorkingDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a working duration: write a non-negative number followed by d, h or m, such as 3d, 0.5d, 2h or 90m.");

    public static bool TryParse(string? text, out WorkingDuration duration)
    {
        duration = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length < 2)
            return false;
        WorkingDurationUnit? unit = char.ToLowerInvariant(trimmed[^1]) switch
        {
            'd' => WorkingDurationUnit.Days,
            'h' => WorkingDurationUnit.Hours,
            'm' => WorkingDurationUnit.Minutes,
            _ => null,
        };
        if (unit is null
            || !decimal.TryParse(trimmed[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        duration = new(value, unit.Value);
        return true;
    }

    public override string ToString()
    {
        var suffix = Unit switch { WorkingDurationUnit.Days => "d", WorkingDurationUnit.Hours => "h", _ => "m" };
        return Value.ToString("0.############", CultureInfo.InvariantCulture) + suffix;
    }

    private static decimal InMinutes(WorkingDuration d) => d.Unit == WorkingDurationUnit.Hours ? d.Value * 60 : d.Value;
}
