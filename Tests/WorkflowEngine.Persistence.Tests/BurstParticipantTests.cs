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
}
