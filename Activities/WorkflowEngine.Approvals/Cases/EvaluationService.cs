using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>Takes the applicant's rating of a case (好差评), 1 非常不满意 … 5 非常满意, and hands it to the waiting workflow.</summary>
public sealed class EvaluationService(ApprovalsDbContext db, WorkflowRuntime runtime)
{
    public async Task RateAsync(string caseNumber, int level, string? comment, bool realName = true, CancellationToken cancellationToken = default)
    {
        if (level is < 1 or > 5)
            throw new CaseRefusedException("invalid-rating", "a rating is a level from 1 (非常不满意) to 5 (非常满意)");
        if (!await db.Cases.AsNoTracking().AnyAsync(c => c.Number == caseNumber, cancellationToken))
            throw new CaseRefusedException("unknown-case", $"there is no case {caseNumber}");
        var resumed = await runtime.ResumeAsync(Activities.Evaluation.ActivityType, Activities.Evaluation.Stimulus(caseNumber),
            new JsonObject { ["level"] = level, ["comment"] = comment, ["realName"] = realName }, cancellationToken);
        if (resumed.Count == 0)
            throw new CaseRefusedException("not-awaiting-rating", $"case {caseNumber} is not waiting for a rating (not finished, or already rated)");
    }
}
