using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;
using WorkflowEngine.Timers;

namespace WorkflowEngine.Tests.Persistence;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class TimerTests(TestDatabase database)
{
    // A Friday afternoon before the 2026 National Day holidays, Beijing time.
    static readonly DateTimeOffset Friday = new(2026, 9, 25, 15, 0, 0, TimeSpan.FromHours(8));
    TestClock _clock = null!;
    TestEngine _engine = null!;

    [SetUp]
    public async Task StartEngine()
    {
        _clock = new TestClock(Friday);
        _engine = await TestEngine.StartAsync(database, configure: s => s.AddSingleton<TimeProvider>(_clock));
    }

    [TearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    static Flow WaitThenEnd(string duration, string counting = "WorkingTime") => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("wait", "Time.Delay", ("duration", duration), ("counting", counting))
        .Activity("end", "Elsa.End")
        .Connect("start", "wait").Connect("wait", "end");

    TimerSweep Sweep => _engine.Services.GetRequiredService<TimerSweep>();

    [Test]
    public async Task A_wait_of_working_days_is_due_at_the_end_of_the_right_working_day()
    {
        var definition = await _engine.PublishAsync(WaitThenEnd("3d").Build());

        var run = await _engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        // 2026: Sat 26 Sep off, Sun 27 Sep off, Mon 28 and Tue 29 work, Wed 30 work; 3rd working day after Fri 25 Sep is Wed 30 Sep.
        Assert.That(run.Bookmarks.Single().DueAt, Is.EqualTo(new DateTimeOffset(2026, 9, 30, 17, 30, 0, TimeSpan.FromHours(8))));
    }

    [Test]
    public async Task A_timer_does_not_fire_early_and_fires_once_when_due()
    {
        var definition = await _engine.PublishAsync(WaitThenEnd("2h", "CalendarTime").Build());
        var run = await _engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        _clock.Advance(TimeSpan.FromMinutes(119));
        Assert.That(await Sweep.FireDueAsync(), Is.Zero);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(await Sweep.FireDueAsync(), Is.EqualTo(1));
        Assert.That(await Sweep.FireDueAsync(), Is.Zero, "a fired timer is gone");

        var instance = await _engine.LoadAsync(run.InstanceId);
        Assert.That(instance!.Status, Is.EqualTo(WorkflowStatus.Finished));
        var journal = await _engine.JournalAsync(run.InstanceId);
        Assert.That(journal.Count(j => j.Event == JournalEvents.Completed && j.NodeId == "wait"), Is.EqualTo(1));
    }

    [Test]
    public async Task Sweepers_racing_on_the_same_timers_act_on_each_exactly_once()
    {
        var definition = await _engine.PublishAsync(WaitThenEnd("1h", "CalendarTime").Build());
        var runs = new List<string>();
        for (var i = 0; i < 40; i++) runs.Add((await _engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest())).InstanceId);
        _clock.Advance(TimeSpan.FromHours(2));

        var fired = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Sweep.FireDueAsync(batchSize: 10))));

        Assert.That(fired.Sum(), Is.EqualTo(40));
        foreach (var id in runs)
        {
            var journal = await _engine.JournalAsync(id);
            Assert.That(journal.Count(j => j.Event == JournalEvents.Completed && j.NodeId == "wait"), Is.EqualTo(1), id);
        }
    }
}
