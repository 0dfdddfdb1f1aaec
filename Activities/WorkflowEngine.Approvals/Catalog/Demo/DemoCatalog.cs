using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Catalog.Demo;

/// <summary>
/// The demo catalog embedded in this assembly (<c>demo-catalog.json</c>): the six example processes of the domain
/// notes as packages, their matters and departments, and a handful of assistance items.
/// </summary>
/// <remarks>
/// Loading adds only the entries whose code is missing and never overwrites what an administrator changed. Nodes
/// starting at once may both insert: the loser's save fails on a primary key, and its next attempt finds the other
/// node's rows and nothing left to add.
/// </remarks>
public static class DemoCatalog
{
    const string ResourceName = "demo-catalog.json";
    const int Attempts = 3;

    // Chinese labels stay readable in the stored form rather than \u-escaped.
    static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The catalog as the file holds it.</summary>
    public static CatalogContent Read()
    {
        using var stream = typeof(DemoCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<DemoFile>(stream, FileJson) ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new CatalogContent(file.Departments, file.Matters, file.AssistanceItems, file.Packages.Select(ToPackage).ToList());
    }

    /// <summary>Adds every demo entry whose code is not in the database yet; returns how many were added.</summary>
    public static async Task<int> LoadAsync(ApprovalsDbContext db, CancellationToken cancellationToken = default)
    {
        var content = Read();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AddMissingAsync(db, content, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another node seeded the same codes first; the next attempt reads them and skips them.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    static async Task<int> AddMissingAsync(ApprovalsDbContext db, CatalogContent content, CancellationToken cancellationToken)
    {
        var added = 0;
        added += await AddMissingAsync(db, content.Departments, cancellationToken);
        added += await AddMissingAsync(db, content.Matters, cancellationToken);
        added += await AddMissingAsync(db, content.AssistanceItems, cancellationToken);
        added += await AddMissingAsync(db, content.Packages, cancellationToken);
        if (added > 0)
            await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    static async Task<int> AddMissingAsync<T>(ApprovalsDbContext db, IReadOnlyList<T> entries, CancellationToken cancellationToken) where T : class, ICatalogEntry
    {
        var existing = (await db.Set<T>().Select(e => EF.Property<string>(e, nameof(ICatalogEntry.Code))).ToListAsync(cancellationToken)).ToHashSet();
        var missing = entries.Where(e => !existing.Contains(e.Code)).ToList();
        db.AddRange(missing);
        return missing.Count;
    }

    // The file writes a package's form as JSON, not as a string holding JSON, so that it stays readable.
    static Package ToPackage(JsonObject package)
    {
        var form = package["formSchema"];
        package.Remove("formSchema");
        var entry = package.Deserialize<Package>(FileJson) ?? throw new InvalidOperationException("A package of the demo catalog is empty.");
        entry.FormSchema = form?.ToJsonString(ReadableJson) ?? "[]";
        return entry;
    }

    sealed record DemoFile(List<Department> Departments, List<Matter> Matters, List<AssistanceItem> AssistanceItems, List<JsonObject> Packages);
}

/// <summary>A whole catalog's entries, as the demo file holds them.</summary>
public sealed record CatalogContent(
    IReadOnlyList<Department> Departments, IReadOnlyList<Matter> Matters, IReadOnlyList<AssistanceItem> AssistanceItems, IReadOnlyList<Package> Packages);
