using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>The window clerk's counter in tests: a business-opening application taken in (and accepted) through the intake desk.</summary>
internal static class Counter
{
    public static readonly Actor Clerk = Desk.Person("CENTRE", StaffRole.Clerk, "clerk");

    public static async Task<Case> OpenBusinessAsync(this TestEngine engine, string name = "孙八", string id = "330106198807071234", bool decide = true)
    {
        var required = await engine.InScopeAsync<IntakeDesk, List<string>>(async d =>
            (await d.ChecklistAsync("open-business", null)).Materials.Where(m => m.Required).Select(m => m.Code).ToList());
        var form = new JsonObject { ["companyName"] = "某某咖啡", ["companyType"] = "有限责任公司", ["address"] = "文三路", ["registeredCapital"] = 50,
            ["businessScope"] = "咖啡", ["legalRepresentative"] = name, ["legalRepresentativeId"] = id, ["phone"] = "13500135000", ["bank"] = "杭州银行" };
        var @case = await engine.InScopeAsync<IntakeDesk, Case>(d => d.ReceiveAsync(
            new NewCase(new Applicant(name, "居民身份证", id), "open-business", Form: form, MaterialsReceived: required), Clerk));
        if (decide) await engine.InScopeAsync<IntakeDesk, WorkflowEngine.Runtime.WorkflowRunResult>(d => d.DecideAsync(@case.Number, Clerk, "Accept", null, null));
        return @case;
    }
}
