using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace WorkflowEngine.Server.Designer;

/// <summary>
/// Where the Elsa Studio package (npm <c>@elsa-workflows/elsa-studio-wasm</c>) lies, and how its files are sent:
/// the precompressed <c>.br</c> (or <c>.gz</c>) copy when the browser accepts it, <c>.wasm</c> as application/wasm.
/// </summary>
internal sealed class ElsaStudioFiles
{
    /// <summary>Bound from "Designer"; <c>Designer:StudioPath</c> overrides where the package lies.</summary>
    public sealed class Options
    {
        public string? StudioPath { get; set; }
    }

    static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public ElsaStudioFiles(IOptions<Options> options, ILogger<ElsaStudioFiles> logger)
    {
        Root = Locate(options.Value.StudioPath);
        if (Root is null)
            logger.LogWarning("Elsa Studio is missing, so /designer cannot load: build the server (it runs npm ci in Hosts/WorkflowEngine.Server/ElsaStudio) or set Designer:StudioPath");
    }

    /// <summary>The package folder (with <c>_framework/</c> and <c>_content/</c>), or null when it was not restored.</summary>
    public string? Root { get; }

    public IResult Send(HttpContext context, string relativePath)
    {
        if (Root is null) return TypedResults.NotFound();
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        // A path that climbs out of the package (../) is refused like a missing file.
        if (!path.StartsWith(Root, StringComparison.Ordinal) || !File.Exists(path)) return TypedResults.NotFound();
        if (!ContentTypes.TryGetContentType(path, out var contentType)) contentType = "application/octet-stream";
        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        // Revalidated on every load (cheap: ETag and Last-Modified answer 304), so a package upgrade shows at once.
        headers.CacheControl = "no-cache";
        foreach (var (encoding, extension) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (Accepts(context.Request, encoding) && File.Exists(path + extension))
            {
                headers.ContentEncoding = encoding;
                return Physical(path + extension, contentType);
            }
        }
        return Physical(path, contentType);
    }

    static IResult Physical(string path, string contentType)
    {
        var info = new FileInfo(path);
        var tag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(path, contentType, lastModified: info.LastWriteTimeUtc, entityTag: tag);
    }

    static bool Accepts(HttpRequest request, string encoding) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted)
        && accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    static string? Locate(string? configured)
    {
        var candidates = new[]
        {
            configured,
            Path.Combine(AppContext.BaseDirectory, "elsa-studio"),
            // Written at build time: the package restored beside the project by npm ci.
            typeof(ElsaStudioFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ElsaStudioPath")?.Value,
        };
        return candidates.Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => Path.TrimEndingDirectorySeparator(Path.GetFullPath(c!)) + Path.DirectorySeparatorChar)
            .FirstOrDefault(c => File.Exists(Path.Combine(c, "_framework", "blazor.webassembly.js")));
    }

    static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".blat"] = "application/octet-stream";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
