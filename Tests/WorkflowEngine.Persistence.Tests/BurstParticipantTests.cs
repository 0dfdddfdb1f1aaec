using Microsoft.Data.Sqlite;
using WorkflowEngine.Activities;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Persistence;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class BurstParticipantTests(TestDatabase database)
{
    /// <summary>Writes a domain row (here: an outbox row with a topic of its own) inside the burst; fails when told to.</summary>
    [Activity("Test", "Test", "Writes a domain row with the burst.")]
    public sealed class WriteDomainRow : CodeActivity
    {
        public Input<bool> Fail { get; set; } = new(false);

        protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
        {
            context.PostMessage("engine.message", null);
            context.Enlist(new DomainRow(context.InstanceId, context.Get(Fail)));
            return ValueTask.CompletedTask;
        }
    }

    sealed class DomainRow(string instanceId, bool fail) : IBurstParticipant
    {
        public async Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken)
        {
            await using var command = transaction.Connection.CreateCommand();
            command.Transaction = transaction.Transaction;
            command.CommandText = "INSERT INTO workflow_outbox (\"Id\", \"InstanceId\", \"Topic\", \"CreatedAt\", \"Attempts\") VALUES (@id, @instance, 'domain.row', @at, 0)";
            Add(command, "id", Guid.NewGuid().ToString("N"));
            Add(command, "instance", instanceId);
            Add(command, "at", transaction.Connection is SqliteConnection ? DateTimeOffset.UtcNow.UtcTicks : DateTimeOffset.UtcNow);
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (fail) throw new InvalidOperationException("the department register refused the row");
        }

        static void Add(System.Data.Common.DbCommand command, string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
    }

    /// <summary>Enlists an outbox row as a plain statement, then a participant that writes by itself, then (when told to) an update of a row that is not there.</summary>
    [Activity("Test", "Test", "Writes domain rows as statements with the burst.")]
    public sealed class WriteStatements : CodeActivity
    {
        public Input<bool> MissRow { get; set; } = new(false);

        protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
        {
            context.Enlist(new OutboxStatement(context.InstanceId, "statement.first"));
            context.Enlist(new DomainRow(context.InstanceId, fail: false));
            context.Enlist(new OutboxStatement(context.InstanceId, "statement.last", missRow: context.Get(MissRow)));
            return ValueTask.CompletedTask;
        }
    }

    sealed class OutboxStatement(string instanceId, string topic, bool missRow = false) : IBurstStatements
    {
        public IReadOnlyList<BurstStatement> Statements(System.Data.Common.DbConnection connection)
        {
            const string p = "@p"; // values are named p0, p1, … on both databases
            const int index = 0;
            object at = connection is SqliteConnection ? DateTimeOffset.UtcNow.UtcTicks : DateTimeOffset.UtcNow;
            var insert = new BurstStatement($"INSERT INTO workflow_outbox (\"Id\", \"InstanceId\", \"Topic\", \"CreatedAt\", \"Attempts\") VALUES ({p}{index}, {p}{index + 1}, {p}{index + 2}, {p}{index + 3}, 0)",
                [Guid.NewGuid().ToString("N"), instanceId, topic, at]);
            if (!missRow) return [insert];
            var guarded = new BurstStatement($"UPDATE workflow_outbox SET \"Attempts\" = 1 WHERE \"Id\" = {p}{index}", ["no-such-row"], ConflictUnlessOneRow: "department register row");
            return [insert, guarded];
        }
    }

    static Flow EventThenStatements(string eventName, bool missRow) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("go", "Elsa.Event", ("eventName", eventName))
        .Activity("write", "Test.WriteStatements", ("missRow", missRow ? "true" : "false"))
        .Connect("start", "go").Connect("go", "write");

    static Flow EventThenWrite(string eventName, bool fail) => new Flow()
        .Activity("start", "Elsa.Start")
        .Activity("go", "Elsa.Event", ("eventName", eventName))
        .Activity("write", "Test.WriteDomainRow", ("fail", fail ? "true" : "false"))
        .Connect("start", "go").Connect("go", "write");

    static Task<List<string>> TopicsAsync(TestEngine engine, string instanceId) =>
        engine.InScopeAsync<WorkflowDbContext, List<string>>(db =>
            Task.FromResult(db.Outbox.Where(o => o.InstanceId == instanceId).Select(o => o.Topic).OrderBy(t => t).ToList()));

    [Test]
    public async Task Domain_rows_enlisted_by_an_activity_commit_with_the_burst()
    {
        await using var engine = await TestEngine.StartAsync(database, r => r.Add<WriteDomainRow>());
        var definition = await engine.PublishAsync(EventThenWrite("go-ok", fail: false).Build());
        var run = await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        await engine.Runtime.ResumeAsync("Elsa.Event", "go-ok", null);

        Assert.That(await TopicsAsync(engine, run.InstanceId), Is.EqualTo(new[] { "domain.row", "engine.message" }));
        Assert.That((await engine.LoadAsync(run.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task A_failing_domain_write_rolls_the_whole_burst_back()
    {
        await using var engine = await TestEngine.StartAsync(database, r => r.Add<WriteDomainRow>());
        var definition = await engine.PublishAsync(EventThenWrite("go-fail", fail: true).Build());
        var run = await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.Runtime.ResumeAsync(run.Bookmarks.Single().Id, null));

        Assert.That(await TopicsAsync(engine, run.InstanceId), Is.Empty, "neither the domain row nor the engine's message was written");
        var instance = await engine.LoadAsync(run.InstanceId);
        Assert.That(instance!.Revision, Is.EqualTo(1));
        Assert.That((await engine.BookmarksAsync(run.InstanceId)).Single().NodeId, Is.EqualTo("go"), "the case still waits where it was");
    }

    [Test]
    public async Task Statement_rows_join_the_burst_in_order_with_a_participant_that_writes_by_itself()
    {
        await using var engine = await TestEngine.StartAsync(database, r => r.Add<WriteStatements>());
        var definition = await engine.PublishAsync(EventThenStatements("go-statements", missRow: false).Build());
        var run = await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        await engine.Runtime.ResumeAsync("Elsa.Event", "go-statements", null);

        var topics = await engine.InScopeAsync<WorkflowDbContext, List<string>>(db =>
            Task.FromResult(db.Outbox.Where(o => o.InstanceId == run.InstanceId).OrderBy(o => o.CreatedAt).ThenBy(o => o.Topic).Select(o => o.Topic).ToList()));
        Assert.That(topics, Is.EquivalentTo(new[] { "statement.first", "domain.row", "statement.last" }));
        Assert.That((await engine.LoadAsync(run.InstanceId))!.Status, Is.EqualTo(WorkflowStatus.Finished));
    }

    [Test]
    public async Task A_guarded_statement_that_misses_its_row_is_a_conflict_and_nothing_of_the_burst_is_written()
    {
        await using var engine = await TestEngine.StartAsync(database, r => r.Add<WriteStatements>());
        var definition = await engine.PublishAsync(EventThenStatements("go-miss", missRow: true).Build());
        var run = await engine.Runtime.StartAsync(definition.DefinitionId, new StartRequest());

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => engine.Runtime.ResumeAsync(run.Bookmarks.Single().Id, null));

        Assert.That(conflict!.InstanceId, Is.EqualTo("department register row"), "the conflict names the row that moved");
        Assert.That(await TopicsAsync(engine, run.InstanceId), Is.Empty, "no statement row, no self-written row");
        Assert.That((await engine.LoadAsync(run.InstanceId))!.Revision, Is.EqualTo(1));
        Assert.That((await engine.BookmarksAsync(run.InstanceId)).Single().NodeId, Is.EqualTo("go"), "the case still waits where it was");
    }
}
