using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

/// <summary>Half-day and hour limits on the standard day 09:00–12:00 and 13:30–17:30 (7 working hours).</summary>
public class WorkingTimeTests
{
    // Wed 12 Mar 2025 and its neighbours are ordinary working days.
    [TestCase("2025-03-12 10:00", "0.5d", "2025-03-12 15:00", TestName = "Half a day from 10:00 is 15:00: 2 h before lunch, 1.5 h after")]
    [TestCase("2025-03-12 15:00", "0.5d", "2025-03-13 10:00", TestName = "Half a day from 15:00 ends 10:00 the next morning")]
    [TestCase("2025-03-12 11:00", "2h", "2025-03-12 14:30", TestName = "Two hours from 11:00 skip the lunch break")]
    [TestCase("2025-03-12 12:15", "2h", "2025-03-12 15:30", TestName = "Two hours started during lunch begin at 13:30")]
    [TestCase("2025-03-12 07:00", "2h", "2025-03-12 11:00", TestName = "Two hours started before opening begin at 09:00")]
    [TestCase("2025-03-12 09:00", "3h", "2025-03-12 12:00", TestName = "A limit that uses up the morning ends at noon, not after lunch")]
    [TestCase("2025-03-12 17:00", "2h", "2025-03-13 10:30", TestName = "Two hours from 17:00 continue the next morning")]
    [TestCase("2025-03-14 16:30", "2h", "2025-03-17 10:00", TestName = "Two hours from Friday 16:30 continue on Monday")]
    [TestCase("2025-03-15 10:00", "2h", "2025-03-17 11:00", TestName = "Two hours started on a Saturday begin on Monday")]
    [TestCase("2025-01-24 16:30", "2h", "2025-01-26 10:00", TestName = "Two hours from Friday 24 Jan 2025 continue on the make-up Sunday")]
    [TestCase("2025-09-30 17:00", "90m", "2025-10-09 10:00", TestName = "Ninety minutes from 30 Sep 2025 17:00 wait out the National Day week")]
    [TestCase("2025-03-12 10:00", "1.5d", "2025-03-13 15:00", TestName = "One and a half days are 10.5 working hours from the start instant")]
    [TestCase("2025-03-12 10:00", "1d", "2025-03-13 17:30", TestName = "One whole day ends at close of business on the next working day")]
    [TestCase("2025-03-12 10:00", "0d", "2025-03-12 17:30", TestName = "Zero days ends at close of business on the start day")]
    [TestCase("2025-03-12 18:00", "0d", "2025-03-12 18:00", TestName = "Zero days started after hours is due on the spot")]
    [TestCase("2025-03-12 10:00", "0h", "2025-03-12 10:00", TestName = "Zero hours ends where it starts")]
    public void Working_time_is_added_inside_working_hours_only(string start, string duration, string end)
    {
        Assert.That(China.AddWorkingTime(At(start), WorkingDuration.Parse(duration)), Is.EqualTo(At(end)));
    }

    [Test]
    public void An_instant_given_in_UTC_is_counted_in_Beijing_time()
    {
        var tenInBeijing = new DateTimeOffset(2025, 3, 12, 2, 0, 0, TimeSpan.Zero);
        var end = China.AddWorkingTime(tenInBeijing, WorkingDuration.Hours(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(end, Is.EqualTo(At("2025-03-12 12:00")));
            Assert.That(end.Offset, Is.EqualTo(Offset));
        }
    }

    [TestCase("2025-03-12 11:00", "2025-03-12 14:00", 1.5, TestName = "From 11:00 to 14:00 is one and a half working hours")]
    [TestCase("2025-03-12 10:00", "2025-03-13 10:00", 7, TestName = "From 10:00 to 10:00 the next day is one working day of 7 hours")]
    [TestCase("2025-03-14 16:30", "2025-03-17 10:00", 2, TestName = "From Friday 16:30 to Monday 10:00 is two working hours")]
    [TestCase("2025-03-15 08:00", "2025-03-16 20:00", 0, TestName = "A plain weekend has no working time")]
    [TestCase("2025-09-30 09:00", "2025-10-09 09:00", 7, TestName = "The National Day week adds nothing to the working time")]
    [TestCase("2025-03-12 14:00", "2025-03-12 11:00", -1.5, TestName = "Working time measured backwards is negative")]
    public void Working_time_between_two_instants_counts_working_hours_only(string from, string to, double hours)
    {
        Assert.That(China.WorkingTimeBetween(At(from), At(to)), Is.EqualTo(TimeSpan.FromHours(hours)));
    }

    [Test]
    public void Measuring_the_time_just_added_gives_it_back()
    {
        var random = new Random(42);
        var first = At("2025-01-01 00:00");
        for (var i = 0; i < 1000; i++)
        {
            var start = first.AddMinutes(random.Next(0, 600 * 24 * 60));
            var minutes = random.Next(0, 20 * 7 * 60);
            var end = China.AddWorkingTime(start, WorkingDuration.Minutes(minutes));
            Assert.That(China.WorkingTimeBetween(start, end), Is.EqualTo(TimeSpan.FromMinutes(minutes)), $"{start:O} + {minutes}m = {end:O}");
        }
    }
}
