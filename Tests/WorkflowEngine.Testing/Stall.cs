using WorkflowEngine.Activities;

namespace WorkflowEngine.Testing;

/// <summary>
/// For crash tests: when the environment variable <see cref="Variable"/> is set, announces that a burst is under way
/// and blocks so the test can kill the process inside the burst; otherwise it does nothing.
/// </summary>
[Activity("Test", "Test", "Blocks inside a burst when told to, so a test can kill the process there.")]
public sealed class Stall : CodeActivity
{
    public const string Variable = "WORKFLOWENGINE_STALL";
    public const string Announcement = "INSIDE-BURST";

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.PostMessage("stall.passed", null);
        if (Environment.GetEnvironmentVariable(Variable) is null) return ValueTask.CompletedTask;
        Console.WriteLine(Announcement);
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
        return ValueTask.CompletedTask;
    }
}
