using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Staff;

/// <summary>Account refusals as problem details: 400 <c>invalid-staff-member</c> with every problem, 404, 409 <c>staff-member-exists</c>.</summary>
internal static class StaffProblems
{
    public static ProblemHttpResult? For(Exception exception) => exception is not StaffRefusedException e ? null : e.Code switch
    {
        "staff-member-not-found" => Problem.NotFound(e.Code, "No such account.", e.Message),
        "staff-member-exists" => Problem.Conflict(e.Code, "The account already exists; nothing was changed.", e.Message),
        _ => Problem.BadRequest(e.Code, "The account is not valid; nothing was changed.", e.Message,
            new Dictionary<string, object?> { ["errors"] = e.Problems }),
    };
}
