using WorkflowEngine.Activities;

namespace WorkflowEngine.Tests.Runtime;

/// <summary>Throws while the workflow variable "broken" is true, so a retry after fixing it succeeds.</summary>
[Activity("Test", "Test", "Fails while the variable 'broken' is true.")]
public sealed class Flaky : CodeActivity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.GetVariable("broken")?.GetValue<bool>() == true) throw new InvalidOperationException("the department system is down");
        context.PostMessage("flaky.passed", null);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Waits for a review outcome (Approved or Returned) sent with the resume.</summary>
[Activity("Test", "Test", "Waits for a reviewer.")]
[FlowNode("Approved", "Returned")]
public sealed class Review : Activity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark($"review:{context.InstanceId}:{context.NodeId}");
        return ValueTask.CompletedTask;
    }

    protected override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Journal("Reviewed", actor: (string?)context.ResumeInput?["actor"], outcome: (string?)context.ResumeInput?["outcome"]);
        context.Complete((string?)context.ResumeInput?["outcome"] ?? "Approved");
        return ValueTask.CompletedTask;
    }
}
