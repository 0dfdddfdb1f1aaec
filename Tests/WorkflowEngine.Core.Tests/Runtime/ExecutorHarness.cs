using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Definitions;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Expressions;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Tests.Runtime;

/// <summary>Runs the executor on one instance with no storage: bursts are applied to the in-memory instance and bookmarks kept in a list.</summary>
internal sealed class ExecutorHarness
{
    readonly FlowchartExecutor _executor;
    readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    readonly CompiledWorkflow _workflow;

    public ExecutorHarness(JsonObject model, Action<ActivityRegistry>? activities = null)
    {
        var registry = new ActivityRegistry().AddFrom(typeof(FlowchartExecutor).Assembly);
        activities?.Invoke(registry);
        var javaScript = new JavaScriptEvaluator();
        _executor = new FlowchartExecutor(javaScript, TimeProvider.System);
        var definition = new WorkflowDefinition { Id = "v1", DefinitionId = "d1", Version = 1, Model = model, IsPublished = true };
        _workflow = new WorkflowCompiler(registry, javaScript).Compile(definition);
    }

    public WorkflowInstance Instance { get; private set; } = null!;
    public List<Bookmark> Bookmarks { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];

    public async Task<ExecutorHarness> StartAsync(JsonObject? input = null)
    {
        Apply(await _executor.StartAsync(_workflow, new StartRequest(input), _services));
        return this;
    }

    /// <summary>Resumes the one bookmark waiting at the node.</summary>
    public async Task ResumeAsync(string nodeId, JsonObject? input = null)
    {
        var bookmark = Bookmarks.Single(b => b.NodeId == nodeId);
        Apply(await _executor.ResumeAsync(_workflow, Instance, bookmark, input, _services));
    }

    /// <summary>Resumes a bookmark object held from before, as a second client racing the first would.</summary>
    public async Task ResumeStaleAsync(Bookmark bookmark) => Apply(await _executor.ResumeAsync(_workflow, Instance, bookmark, null, _services));

    public async Task RetryAsync() => Apply(await _executor.RetryAsync(_workflow, Instance, _services));
    public void Cancel() => Apply(_executor.Cancel(_workflow, Instance, _services, "test"));

    public IEnumerable<string> WaitingAt => Bookmarks.Select(b => b.NodeId).Order();
    public IEnumerable<string> Completed => Journal.Where(j => j.Event == JournalEvents.Completed).Select(j => j.NodeId!);

    void Apply(Burst burst)
    {
        Instance = burst.Instance;
        Bookmarks.RemoveAll(b => burst.BurnedBookmarkIds.Contains(b.Id));
        Bookmarks.AddRange(burst.CreatedBookmarks);
        Journal.AddRange(burst.Journal);
        Outbox.AddRange(burst.Outbox);
    }
}
