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

/// <summary>Waits for two signatures, each its own bookmark, and completes when both arrived.</summary>
[Activity("Test", "Test", "Waits for two signatures.")]
public sealed class TwoSignatures : Activity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark($"sign:{context.InstanceId}:first");
        context.CreateBookmark($"sign:{context.InstanceId}:second");
        return ValueTask.CompletedTask;
    }

    protected override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        var signed = (context.State["signed"]?.GetValue<int>() ?? 0) + 1;
        context.State["signed"] = signed;
        if (signed == 2) context.Complete();
        return ValueTask.CompletedTask;
    }
}
