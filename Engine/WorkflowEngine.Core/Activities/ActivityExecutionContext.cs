using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Runtime;
using WorkflowEngine.Timers;

namespace WorkflowEngine.Activities;

/// <summary>Everything an activity may read or do during one run of it: inputs, variables, outcomes, bookmarks, journal, outbox.</summary>
public sealed class ActivityExecutionContext
{
    readonly BurstScope _burst;
    readonly Token _token;
    List<string>? _outcomes;
    List<Bookmark>? _bookmarks;

    internal ActivityExecutionContext(BurstScope burst, Activity activity, Token token, Bookmark? resumedBookmark, JsonObject? resumeInput)
    {
        _burst = burst;
        Activity = activity;
        _token = token;
        ResumedBookmark = resumedBookmark;
        ResumeInput = resumeInput;
    }

    public Activity Activity { get; }
    public string NodeId => Activity.Id;
    public string InstanceId => _burst.Instance.Id;
    public string DefinitionId => _burst.Instance.DefinitionId;
    public string? CorrelationId => _burst.Instance.CorrelationId;
    public IServiceProvider Services => _burst.Services;
    public DateTimeOffset Now => _burst.Now;
    public CancellationToken CancellationToken => _burst.CancellationToken;
    /// <summary>The bookmark being resumed, if this run is a resume.</summary>
    public Bookmark? ResumedBookmark { get; }
    /// <summary>What the resumer sent (a task outcome, an event payload).</summary>
    public JsonObject? ResumeInput { get; }
    public JsonObject WorkflowInput => _burst.Instance.Input;
    /// <summary>State private to this token at this node, kept between execute and resume.</summary>
    public JsonObject State => _token.State ??= [];

    internal IReadOnlyList<string>? Outcomes => _outcomes;
    internal IReadOnlyList<Bookmark> CreatedBookmarks => _bookmarks ?? [];
    internal bool EndsWorkflow { get; private set; }

    public T GetRequiredService<T>() where T : notnull => Services.GetRequiredService<T>();

    public T? Get<T>(Input<T>? input) => input is null ? default : _burst.Evaluate(input);

    public void Set<T>(Output<T>? output, T value)
    {
        if (output?.VariableReference is { } reference) SetVariable(_burst.Workflow.VariableName(reference), ValueConverter.ToJsonNode(value));
    }

    public JsonNode? GetVariable(string name) => _burst.Instance.Variables.GetValueOrDefault(name)?.DeepClone();
    public void SetVariable(string name, JsonNode? value) => _burst.Instance.Variables[_burst.Workflow.VariableName(name)] = value;

    /// <summary>Completes this node, sending a token down each named out port (several ports fork).</summary>
    public void Complete(params string[] outcomes) => _outcomes = outcomes.Length == 0 ? ["Done"] : [.. outcomes];

    /// <summary>Completes the whole workflow now, cancelling every other waiting path (Elsa.End).</summary>
    public void CompleteWorkflow()
    {
        _outcomes = [];
        EndsWorkflow = true;
    }

    /// <summary>Makes this node wait until something resumes it with the given stimulus (an event name, a task id).</summary>
    public Bookmark CreateBookmark(string stimulus, JsonNode? payload = null, DateTimeOffset? dueAt = null)
    {
        var bookmark = new Bookmark(Guid.CreateVersion7().ToString("N"), InstanceId, Activity.Type, Stimulus.Hash(Activity.Type, stimulus),
            NodeId, _token.Id, payload, Now) { DueAt = dueAt?.ToUniversalTime() };
        (_bookmarks ??= []).Add(bookmark);
        return bookmark;
    }

    /// <summary>
    /// Stops waiting on every bookmark this node still holds (a resume uses up only the one it resumed), e.g. a deadline
    /// that no longer matters once the node waits for something else. Bookmarks created in this run are kept.
    /// </summary>
    public void ClearBookmarks() => ClearsBookmarks = true;

    internal bool ClearsBookmarks { get; private set; }

    /// <summary>
    /// Makes this node wait until <paramref name="dueAt"/>: a durable timer, committed with this burst. The scheduler
    /// resumes it once when due (with <c>{"timer": true}</c> as input), after restarts and on whichever node is free.
    /// </summary>
    public Bookmark CreateTimer(DateTimeOffset dueAt, JsonNode? payload = null) =>
        CreateBookmark(TimerStimulus.New(), payload, dueAt);

    /// <summary>True when this run is a timer created by <see cref="CreateTimer"/> coming due.</summary>
    public bool IsTimerResume => ResumedBookmark?.DueAt is not null && ResumeInput?[TimerStimulus.InputKey]?.GetValue<bool>() == true;

    /// <summary>Adds a line to the instance's journal, e.g. a human decision with who and why.</summary>
    public void Journal(string @event, string? actor = null, string? outcome = null, string? message = null, JsonNode? data = null) =>
        _burst.Burst.Journal.Add(new JournalEntry(InstanceId, Now, @event, NodeId, Activity.Type, outcome, actor, message, data));

    /// <summary>Adds domain writes to this burst's transaction: they commit with it or not at all.</summary>
    public void Enlist(IBurstParticipant participant) => _burst.Burst.Participants.Add(participant);

    /// <summary>Queues a message for the outside world, committed with this burst.</summary>
    public void PostMessage(string topic, JsonNode? payload) =>
        _burst.Burst.Outbox.Add(new OutboxMessage(Guid.CreateVersion7().ToString("N"), InstanceId, topic, payload, Now));
}
