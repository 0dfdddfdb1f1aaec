using WorkflowEngine.Calendar;
using static WorkflowEngine.Tests.Calendar.Beijing;

namespace WorkflowEngine.Tests.Calendar;

public class ClockJournalTests
{
    private static Clock Eventful()
    {
        var clock = Clocks.Accepted("2025-01-20 09:30", "5d", "20d").PausedBetween("2025-01-22 10:00", "2025-02-06 15:00");
        clock.Extend(WorkingDuration.Days(2), "科长 李", "现场核查", At("2025-02-07 10:00"));
        clock.Complete("科长 李", "办结", At("2025-02-12 16:00"));
        return clock;
    }

    [Test]
    public void Every_operation_journals_who_did_what_when_and_why()
    {
        var events = Eventful().Events;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[]
            {
                ClockEventKind.Started, ClockEventKind.Paused, ClockEventKind.Resumed, ClockEventKind.Extended, ClockEventKind.Completed,
            }));
            Assert.That(events[0].Duration, Is.EqualTo(WorkingDuration.Days(5)));
            Assert.That(events[0].StatutoryDuration, Is.EqualTo(WorkingDuration.Days(20)));
            Assert.That(events[1].PauseReason, Is.EqualTo(PauseReason.Correction));
            Assert.That(events[1].Why, Is.EqualTo("一次性告知补正"));
            Assert.That(events[3].By, Is.EqualTo("科长 李"));
        }
    }

    [Test]
    public void A_clock_replayed_from_its_journal_reads_the_same()
    {
        var original = Eventful();
        var replayed = Clock.Replay(China, original.Events);
        var at = At("2025-03-01 10:00");
        Assert.That(replayed.StatusAt(at), Is.EqualTo(original.StatusAt(at)));
    }

    [Test]
    public void A_journal_that_does_not_start_with_Started_is_refused()
    {
        var events = Eventful().Events.Skip(1);
        Assert.That(() => Clock.Replay(China, events), Throws.ArgumentException.With.Message.Contains("Started"));
    }
}
