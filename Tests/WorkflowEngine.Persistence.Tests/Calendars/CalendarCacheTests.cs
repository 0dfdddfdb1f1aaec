using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence.Calendars;

/// <summary>Calendars are answered from memory, and a year loaded on any node reaches every node.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CalendarCacheTests(TestDatabase database)
{
    static readonly TimeSpan Long = TimeSpan.FromHours(1);
    static readonly DateOnly FirstMondayOf2027 = new(2027, 1, 4);

    [Test]
    public async Task A_year_loaded_on_this_node_is_answered_by_its_next_query()
    {
        await using var node = await CalendarNodes.StartNodeAsync(await TestEngine.CreateDatabaseAsync(database), Long);
        var before = await node.CalendarAsync();

        await node.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.IsYearLoaded(2027), Is.False);
            Assert.That((await node.CalendarAsync()).IsWorkingDay(FirstMondayOf2027), Is.True);
        }
    }

    [Test]
    public async Task Within_its_refresh_interval_another_node_answers_from_memory()
    {
        var database1 = await TestEngine.CreateDatabaseAsync(database);
        await using var loader = await CalendarNodes.StartNodeAsync(database1, Long);
        await using var other = await CalendarNodes.StartNodeAsync(database1, Long);
        var cached = await other.CalendarAsync();

        await loader.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());

        Assert.That(await other.CalendarAsync(), Is.SameAs(cached));
    }

    [Test]
    public async Task Another_node_sees_a_loaded_year_once_its_refresh_interval_has_passed()
    {
        var shared = await TestEngine.CreateDatabaseAsync(database);
        await using var loader = await CalendarNodes.StartNodeAsync(shared, Long);
        await using var other = await CalendarNodes.StartNodeAsync(shared, TimeSpan.FromMilliseconds(200));
        Assert.That((await other.CalendarAsync()).IsYearLoaded(2027), Is.False);

        await loader.LoadYearAsync("cn", 2027, HolidayTables.Plausible2027());
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.That((await other.CalendarAsync()).IsWorkingDay(FirstMondayOf2027), Is.True);
    }

    [Test]
    public async Task Checking_an_unchanged_database_keeps_the_calendars_already_built()
    {
        // An interval of zero checks the versions on every query; nothing changed, so nothing is rebuilt.
        await using var node = await CalendarNodes.StartNodeAsync(await TestEngine.CreateDatabaseAsync(database), TimeSpan.Zero);

        var first = await node.CalendarAsync();

        Assert.That(await node.CalendarAsync(), Is.SameAs(first));
    }
}
