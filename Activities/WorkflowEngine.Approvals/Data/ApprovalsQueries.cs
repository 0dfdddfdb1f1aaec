using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Approvals.Data;

/// <summary>
/// The approvals reads behind nearly every API request, compiled once per model (each provider has its own): going
/// through EF's LINQ pipeline each time cost more CPU than PostgreSQL spent answering them.
/// </summary>
internal sealed class ApprovalsQueries
{
    static readonly ConditionalWeakTable<IModel, ApprovalsQueries> ByModel = new();

    public static ApprovalsQueries For(ApprovalsDbContext db) => ByModel.GetValue(db.Model, _ => new ApprovalsQueries());

    public readonly Func<ApprovalsDbContext, string, CancellationToken, Task<HumanTask?>> TaskById =
        EF.CompileAsyncQuery((ApprovalsDbContext c, string id, CancellationToken _) => c.HumanTasks.AsNoTracking().FirstOrDefault(t => t.Id == id));

    /// <summary>Whether an approver added before the holder (加签) still owes an opinion on this task.</summary>
    public readonly Func<ApprovalsDbContext, string, CancellationToken, Task<bool>> OpinionOwed =
        EF.CompileAsyncQuery((ApprovalsDbContext c, string id, CancellationToken _) => c.HumanTasks.Any(t => t.ParentTaskId == id && t.SignsBefore
            && t.Status != HumanTaskStatus.Completed && t.Status != HumanTaskStatus.Cancelled));

    public readonly Func<ApprovalsDbContext, string, CancellationToken, Task<ApiKey?>> KeyByHash =
        EF.CompileAsyncQuery((ApprovalsDbContext c, string hash, CancellationToken _) => c.ApiKeys.AsNoTracking().FirstOrDefault(k => k.Hash == hash));

    public readonly Func<ApprovalsDbContext, string, CancellationToken, Task<Cases.Case?>> CaseByNumber =
        EF.CompileAsyncQuery((ApprovalsDbContext c, string number, CancellationToken _) => c.Cases.AsNoTracking().FirstOrDefault(x => x.Number == number));

    public readonly Func<ApprovalsDbContext, string, IAsyncEnumerable<string>> DepartmentsOfCase =
        EF.CompileAsyncQuery<ApprovalsDbContext, string, string>((c, number) => c.CaseMatters.AsNoTracking().Where(m => m.CaseNumber == number).Select(m => m.DepartmentCode).Distinct());

    public readonly Func<ApprovalsDbContext, string, IAsyncEnumerable<HumanTask>> OpenTasksOfCase =
        EF.CompileAsyncQuery<ApprovalsDbContext, string, HumanTask>((c, number) => c.HumanTasks.AsNoTracking()
            .Where(t => t.CaseNumber == number && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed)).OrderBy(t => t.CreatedAt));
}
