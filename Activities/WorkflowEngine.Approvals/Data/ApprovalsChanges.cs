using System.Data.Common;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Data;

/// <summary>
/// Approvals rows an activity or service writes with a burst: explicit statements sent in the burst's own batch, so a
/// task, a case status and the workflow state commit together or not at all, in one round trip.
/// </summary>
public sealed class ApprovalsChanges : IBurstStatements
{
    readonly List<Func<Persistence.Stores.ModelStatements, BurstStatement>> _changes = [];

    public ApprovalsChanges Add<T>(T row) where T : class
    {
        _changes.Add(model => model.Insert(row));
        return this;
    }

    /// <summary>Updates a row read earlier; the write fails as a conflict when its revision moved meanwhile (or the row is gone).</summary>
    public ApprovalsChanges Update<T>(T row) where T : class
    {
        // The revision as read now: a retried burst writes the same change again, never a doubly bumped one.
        var revision = typeof(T).GetProperty("Revision");
        var read = revision?.GetValue(row) as long?;
        _changes.Add(model =>
        {
            if (read is { } r) revision!.SetValue(row, r + 1);
            return model.Update(row, read);
        });
        return this;
    }

    public IReadOnlyList<BurstStatement> Statements(DbConnection connection)
    {
        var model = ApprovalsContexts.Statements(connection);
        return _changes.Select(change => change(model)).ToList();
    }
}
