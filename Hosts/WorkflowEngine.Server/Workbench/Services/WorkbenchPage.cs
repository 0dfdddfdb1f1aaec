using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Access;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Workbench.Services;

/// <summary>
/// Base of the workbench pages: who is signed in (the actor every service call is made for) and a refusal from the
/// domain shown as a message with its stable code, rather than an error page.
/// </summary>
public abstract class WorkbenchPage : ComponentBase
{
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = null!;
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    protected ClaimsPrincipal User { get; private set; } = new();
    protected Actor Me { get; private set; } = null!;
    /// <summary>The last refusal, shown by <c>RefusalMessage</c>.</summary>
    protected (string Code, string Message)? Refusal { get; set; }

    protected sealed override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        Me = User.AsActor();
        await TryAsync(LoadAsync);
    }

    /// <summary>Reads what the page shows; called once the person is known, before a posted form is handled.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    /// <summary>Runs an action; a refusal by the domain becomes the page's message and the result is false.</summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (CaseRefusedException e) { Refusal = (e.Code, e.Message); }
        catch (TaskRefusedException e) { Refusal = (e.Code, e.Message); }
        catch (StaffRefusedException e) { Refusal = (e.Code, e.Message); }
        catch (Approvals.Catalog.CatalogRefusedException e) { Refusal = ("catalog-refused", e.Message); }
        catch (ClockNotFoundException e) { Refusal = ("clock-not-found", e.Message); }
        return false;
    }

    /// <summary>After a successful post, a fresh GET of <paramref name="url"/> (post/redirect/get: reloading repeats nothing).</summary>
    protected void GoTo(string url) => Navigation.NavigateTo(url);
}
