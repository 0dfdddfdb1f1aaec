namespace WorkflowEngine.Supervision;

/// <summary>Recomputes the level of every running clock and raises an alert for each level that changed.</summary>
public interface ISupervisionScanner
{
    /// <summary>Returns the number of alerts raised.</summary>
    Task<int> ScanAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
