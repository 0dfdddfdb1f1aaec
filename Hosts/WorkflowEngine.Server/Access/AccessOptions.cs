namespace WorkflowEngine.Server.Access;

/// <summary>Bound from the "Access" section: how long sessions and designer tokens live, and where the signing keys are kept.</summary>
public sealed class AccessOptions
{
    /// <summary>A session ends after this long without a request (sliding).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the token handed to the designer page is valid; reloading the page issues a new one.</summary>
    public TimeSpan DesignerTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Folder of the key ring that signs cookies and tokens; every node of one deployment must share it.</summary>
    public string KeysFolder { get; set; } = "data/keys";
}
