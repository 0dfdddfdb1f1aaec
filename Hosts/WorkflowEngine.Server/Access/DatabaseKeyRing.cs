using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Staff;

namespace WorkflowEngine.Server.Access;

/// <summary>
/// Keeps the Data Protection key ring in the approvals database, so every node seals and opens sessions and tokens
/// with the same keys. A node that meets a key it has not seen re-reads the ring, so keys made by another node are
/// picked up without a restart.
/// </summary>
public sealed class DatabaseKeyRing(IServiceScopeFactory scopes, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        return db.KeyRing.AsEnumerable().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        // The key manager names keys "key-<guid>"; the name keeps two nodes' keys apart.
        db.KeyRing.Add(new KeyRingEntry { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), StoredAt = time.GetUtcNow() });
        db.SaveChanges();
    }
}
