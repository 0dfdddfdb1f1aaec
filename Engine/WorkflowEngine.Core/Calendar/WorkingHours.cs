namespace WorkflowEngine.Calendar;

/// <summary>The working periods of every working day, such as 09:00–12:00 and 13:30–17:30.</summary>
public sealed class WorkingHours
{
    /// <summary>09:00–12:00 and 13:30–17:30, seven hours: the usual government service-centre day.</summary>
    public static WorkingHours Standard { get; } = new(
        new WorkingPeriod(new TimeOnly(9, 0), new TimeOnly(12, 0)),
        new WorkingPeriod(new TimeOnly(13, 30), new TimeOnly(17, 30)));

    public WorkingHours(params IEnumerable<WorkingPeriod> periods)
    {
        Periods = [.. periods.OrderBy(p => p.Start)];
        if (Periods.Count == 0)
            throw new ArgumentException("Working hours need at least one period.", nameof(periods));
        for (var i = 1; i < Periods.Count; i++)
        {
            if (Periods[i].Start < Periods[i - 1].End)
                throw new ArgumentException($"Working periods {Periods[i - 1]} and {Periods[i]} overlap.", nameof(periods));
        }
        PerDay = Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Length);
    }

    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>Working time in one full working day (7 h for <see cref="Standard"/>).</summary>
    public TimeSpan PerDay { get; }

    public TimeOnly DayStart => Periods[0].Start;

    public TimeOnly DayEnd => Periods[^1].End;

    /// <summary>Working time of a working day that has passed by the given time of day.</summary>
    public TimeSpan WorkedBy(TimeOnly time)
    {
        var worked = TimeSpan.Zero;
        foreach (var period in Periods)
        {
            if (time <= period.Start)
                break;
            worked += (time < period.End ? time : period.End) - period.Start;
        }
        return worked;
    }

    /// <summary>The earliest time of day by which <paramref name="worked"/> working time has passed.</summary>
    /// <remarks>Exactly three hours into 09:00–12:00 / 13:30–17:30 is 12:00, not 13:30: a limit ends when its time is used.</remarks>
    public TimeOnly TimeWhenWorked(TimeSpan worked)
    {
        if (worked < TimeSpan.Zero || worked > PerDay)
            throw new ArgumentOutOfRangeException(nameof(worked), worked, $"Must be between zero and {PerDay}.");
        if (worked == TimeSpan.Zero)
            return DayStart;
        foreach (var period in Periods)
        {
            if (worked <= period.Length)
                return period.Start.Add(worked);
            worked -= period.Length;
        }
        return DayEnd;
    }

    public override string ToString() => string.Join(", ", Periods);
}
