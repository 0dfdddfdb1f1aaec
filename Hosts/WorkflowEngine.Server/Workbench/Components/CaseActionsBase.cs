using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;

namespace WorkflowEngine.Server.Workbench.Components;

/// <summary>The posted task actions of the case page, each handed to <see cref="TaskService"/> for the signed-in person.</summary>
public abstract class CaseActionsBase : ComponentBase
{
    [Parameter, EditorRequired] public CaseDossier Dossier { get; set; } = null!;
    [Parameter, EditorRequired] public Actor Me { get; set; } = null!;
    [Inject] TaskService TaskService { get; set; } = null!;
    [Inject] StaffDirectory Directory { get; set; } = null!;
    [Inject] NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromForm] public string? TaskId { get; set; }
    [SupplyParameterFromForm] public string? Outcome { get; set; }
    [SupplyParameterFromForm] public string? Comment { get; set; }
    [SupplyParameterFromForm] public string? Colleague { get; set; }
    [SupplyParameterFromForm] public string? When { get; set; }
    [SupplyParameterFromForm(Name = "field")] public Dictionary<string, string>? Fields { get; set; }

    protected (string Code, string Message)? Refusal { get; set; }
    protected IReadOnlyList<StaffMember> ColleagueList { get; private set; } = [];

    protected override async Task OnInitializedAsync()
    {
        if (Dossier.MyTasks.Any(t => t.Status == HumanTaskStatus.Claimed))
            ColleagueList = (await Directory.ColleaguesAsync(Me.DepartmentCode, Me.Role)).Where(c => c.UserName != Me.UserId).ToList();
    }

    protected Task ClaimAsync() => ActAsync(() => TaskService.ClaimAsync(TaskId!, Me));

    protected Task ReleaseAsync() => ActAsync(() => TaskService.ReleaseAsync(TaskId!, Me));

    protected Task TransferAsync() => ActAsync(() => TaskService.TransferAsync(TaskId!, Me, Colleague ?? "", null), leave: true);

    protected Task AddApproverAsync() => ActAsync(() => TaskService.AddApproverAsync(TaskId!, Me, Colleague ?? "", When != "after", null));

    protected Task CompleteAsync()
    {
        var data = new JsonObject();
        foreach (var (name, value) in Fields ?? []) if (!string.IsNullOrWhiteSpace(value)) data[name] = value.Trim();
        return ActAsync(() => TaskService.CompleteAsync(TaskId!, Me, Outcome ?? "", string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(), data), leave: true);
    }

    /// <summary>Runs the action; on success a fresh page (the queue after a decision), on refusal the reason here.</summary>
    async Task ActAsync<T>(Func<Task<T>> action, bool leave = false)
    {
        try
        {
            await action();
        }
        catch (TaskRefusedException e)
        {
            Refusal = (e.Code, e.Message);
            return;
        }
        catch (CaseRefusedException e)
        {
            Refusal = (e.Code, e.Message);
            return;
        }
        Navigation.NavigateTo(leave ? Queue(Me.Role) + "?done=" + Dossier.File.Case.Number : $"/cases/{Dossier.File.Case.Number}");
    }

    /// <summary>Where a role's work waits.</summary>
    public static string Queue(StaffRole role) => role switch
    {
        StaffRole.SingleWindow => "/issue",
        StaffRole.Clerk => "/intake",
        _ => "/inbox",
    };
}
