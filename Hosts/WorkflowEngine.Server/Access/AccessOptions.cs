namespace WorkflowEngine.Server.Access;

/// <summary>Bound from the "Access" section: how long sessions and designer tokens live.</summary>
public sealed class AccessOptions
{
    /// <summary>A session ends after this long without a request (sliding).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a session is checked against its account (deactivated or changed accounts lose their sessions).</summary>
    public TimeSpan SessionRecheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the token handed to the designer page is valid; reloading the page issues a new one.</summary>
    public TimeSpan DesignerTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
