namespace WorkflowEngine.Approvals;

/// <summary>The approvals module's settings (section <c>Approvals</c>).</summary>
public sealed class ApprovalsOptions
{
    /// <summary>
    /// 窗口无否决权: a window refusal is only a proposal until the supervising leader approves the refusal report; false
    /// lets the window's refusal take effect at once.
    /// </summary>
    public bool RefusalNeedsApproval { get; set; } = true;
}
