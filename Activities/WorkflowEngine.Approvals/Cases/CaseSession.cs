using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The case of the instance being run, shared by every activity of one burst: loaded once, changed in memory, written
/// once with the burst under the revision it was read at. Scoped, so each burst (and each retry) starts afresh.
/// </summary>
public sealed class CaseSession(ApprovalsDbContext db)
{
    readonly Dictionary<string, Case> _cases = new(StringComparer.Ordinal);
    readonly Dictionary<string, CaseFacts> _before = new(StringComparer.Ordinal);
    readonly HashSet<string> _enlisted = new(StringComparer.Ordinal);
    readonly HashSet<string> _created = new(StringComparer.Ordinal);

    /// <summary>The case whose number is the instance's correlation id.</summary>
    public async Task<Case> GetAsync(ActivityExecutionContext context)
    {
        var number = context.CorrelationId ?? throw new InvalidOperationException("this workflow instance belongs to no case");
        return await LoadAsync(number, context.CancellationToken) ?? throw new InvalidOperationException($"case {number} does not exist");
    }

    /// <summary>The instance's case, or null when it has none (an instance started without intake, e.g. a designer's test run).</summary>
    public async Task<Case?> FindAsync(ActivityExecutionContext context) =>
        context.CorrelationId is { } number ? await LoadAsync(number, context.CancellationToken) : null;

    async Task<Case?> LoadAsync(string number, CancellationToken cancellationToken)
    {
        if (_cases.TryGetValue(number, out var cached)) return cached;
        if (await ApprovalsQueries.For(db).CaseByNumber(db, number, cancellationToken) is not { } loaded) return null;
        _cases[number] = loaded;
        _before[number] = CaseFacts.Of(loaded);
        return loaded;
    }

    /// <summary>Hands the session a case being created in this very burst, so activities of the first burst see it.</summary>
    public void Prime(Case @case)
    {
        _cases[@case.Number] = @case;
        _before[@case.Number] = CaseFacts.Received;
        _created.Add(@case.Number);
        _enlisted.Add(@case.Number); // its insert is already part of the burst and writes whatever the activities change
    }

    /// <summary>
    /// Hands the session a case that the caller changed and writes with this burst itself (a withdrawal), so its events
    /// are posted like those of an activity's change.
    /// </summary>
    public void Track(Case changed, CaseFacts before)
    {
        _cases[changed.Number] = changed;
        _before[changed.Number] = before;
        _enlisted.Add(changed.Number);
    }

    /// <summary>Marks the case changed: it is written with this burst (once, however many activities changed it).</summary>
    public void Changed(ActivityExecutionContext context, Case @case)
    {
        if (_enlisted.Add(@case.Number)) context.Enlist(new ApprovalsChanges().Update(@case));
    }

    /// <summary>The cases this burst writes, what they were when read, and the revision the write gives them.</summary>
    public IEnumerable<(Case Case, CaseFacts Before, long Revision)> Written() => _enlisted
        .Where(_cases.ContainsKey)
        .Select(number => (_cases[number], _before[number], _created.Contains(number) ? _cases[number].Revision : _cases[number].Revision + 1));
}
