using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Access;

namespace WorkflowEngine.Server.Designer;

/// <summary>
/// The designer pages (/designer, /designer/{definitionId}, /designer/instances, /designer/instances/{id}), each hosting
/// one Elsa Studio element, and the Studio files they load from the site root (<c>_framework/</c>, <c>_content/</c>).
/// </summary>
internal static class DesignerPages
{
    static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddDesigner(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ElsaStudioFiles.Options>(configuration.GetSection("Designer"));
        services.AddSingleton<ElsaStudioFiles>();
        return services;
    }

    public static RouteGroupBuilder MapDesigner(this IEndpointRouteBuilder app)
    {
        // The Studio's files are the public npm package: no secret in them, so they are served to anyone.
        app.MapMethods("/_framework/{**path}", GetOrHead, (string path, HttpContext context, ElsaStudioFiles files) => files.Send(context, "_framework/" + path)).ExcludeFromDescription();
        app.MapMethods("/_content/{**path}", GetOrHead, (string path, HttpContext context, ElsaStudioFiles files) => files.Send(context, "_content/" + path)).ExcludeFromDescription();
        app.MapMethods("/Elsa.Studio.Host.CustomElements.styles.css", GetOrHead, (HttpContext context, ElsaStudioFiles files) => files.Send(context, "Elsa.Studio.Host.CustomElements.styles.css")).ExcludeFromDescription();
        // The WebAssembly host reads its configuration from the base address; the package's copy is harmless (Backend:Url is unused).
        app.MapMethods("/appsettings.json", GetOrHead, (HttpContext context, ElsaStudioFiles files) => files.Send(context, "appsettings.json")).ExcludeFromDescription();

        // Only a signed-in designer reaches the pages (others are sent to /signin); each page load issues a fresh token.
        var pages = app.MapGroup("/designer").RequireAuthorization(AccessPolicies.For(StaffRole.Designer)).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext context, ElsaStudioFiles files, DesignerTokens tokens) =>
            Page(context, files, tokens, new("elsa-workflow-definition-list", "流程定义 Definitions", new Dictionary<string, string>())));
        pages.MapGet("/instances", (HttpContext context, ElsaStudioFiles files, DesignerTokens tokens) =>
            Page(context, files, tokens, new("elsa-workflow-instance-list", "流程实例 Instances", new Dictionary<string, string>())));
        pages.MapGet("/instances/{instanceId}", (string instanceId, HttpContext context, ElsaStudioFiles files, DesignerTokens tokens) =>
            Page(context, files, tokens, new("elsa-workflow-instance-viewer", "流程实例 " + instanceId, new Dictionary<string, string> { ["instance-id"] = instanceId })));
        pages.MapGet("/{definitionId}", (string definitionId, HttpContext context, ElsaStudioFiles files, DesignerTokens tokens) =>
            Page(context, files, tokens, new("elsa-workflow-definition-editor", "流程 " + definitionId, new Dictionary<string, string> { ["definition-id"] = definitionId })));
        return pages;
    }

    static IResult Page(HttpContext context, ElsaStudioFiles files, DesignerTokens tokens, DesignerHostPage.Element element) => files.Root is null
        ? Api.Problem.Of(StatusCodes.Status503ServiceUnavailable, "designer-missing", "The designer (Elsa Studio) is not installed on this server.",
            "Build the server with npm available: it restores Elsa Studio into Hosts/WorkflowEngine.Server/ElsaStudio/node_modules.")
        : DesignerHostPage.Render(context.Request, element, tokens.Issue(context.User).Value);
}
