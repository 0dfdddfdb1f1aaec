namespace WorkflowEngine.Approvals.Staff;

/// <summary>
/// One key of the key ring that seals staff sessions and designer tokens, as the host's key manager wrote it (XML).
/// Kept in the database so that every node of a deployment reads the same keys: a session started on one node is
/// accepted on any other.
/// </summary>
public sealed class KeyRingEntry
{
    public required string Name { get; set; }
    public required string Xml { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}
