namespace WorkflowEngine.Supervision;

/// <summary>Where a supervision alert stands (已发送, 待处理, 已撤回, 已取消, 督办中).</summary>
public enum AlertState
{
    /// <summary>Raised by the scan and sent to the responsible department.</summary>
    Sent,

    /// <summary>Acknowledged by the department, which is dealing with it.</summary>
    Pending,

    /// <summary>Taken back by the system because the clock no longer justifies it (an extension brought the level down).</summary>
    Withdrawn,

    /// <summary>Closed by a supervisor, with a note saying why.</summary>
    Cancelled,

    /// <summary>Taken up by a supervisor (督办).</summary>
    UnderSupervision,
}
