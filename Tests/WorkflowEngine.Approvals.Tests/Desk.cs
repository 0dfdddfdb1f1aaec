using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Runtime;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

/// <summary>What people at their desks do in tests: find the case's task in their inbox, claim it, complete it.</summary>
internal static class Desk
{
    public static Actor Person(string department, StaffRole role, string? user = null) =>
        new(user ?? $"{department.ToLowerInvariant()}-{role.ToString().ToLowerInvariant()}", department, role);

    public static async Task<HumanTask?> TaskAsync(this TestEngine engine, string department, StaffRole role, string caseNumber) =>
        (await engine.TasksAsync(s => s.InboxAsync(Person(department, role)))).SingleOrDefault(t => t.CaseNumber == caseNumber);

    /// <summary>Claims and completes the case's task in the department's inbox for the role.</summary>
    public static async Task<WorkflowRunResult> ActAsync(this TestEngine engine, string department, StaffRole role, string caseNumber,
        string outcome, JsonObject? data = null, string? user = null)
    {
        var actor = Person(department, role, user);
        var task = (await engine.TasksAsync(s => s.InboxAsync(actor))).Single(t => t.CaseNumber == caseNumber);
        await engine.TasksAsync(s => s.ClaimAsync(task.Id, actor));
        return await engine.TasksAsync(s => s.CompleteAsync(task.Id, actor, outcome, $"{department} {outcome}", data));
    }

    /// <summary>A department's review (passed on) and decision, by two different people.</summary>
    public static async Task DecideAsync(this TestEngine engine, string department, string caseNumber, string decision = "Approved")
    {
        await engine.ActAsync(department, StaffRole.Reviewer, caseNumber, "Pass");
        await engine.ActAsync(department, StaffRole.Approver, caseNumber, decision);
    }
}
