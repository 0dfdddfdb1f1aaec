using System.Text.Encodings.Web;
using System.Text.Unicode;
using Radzen;
using WorkflowEngine.Server.Workbench.Components;

namespace WorkflowEngine.Server.Workbench;

/// <summary>The staff workbench (Blazor Server with Radzen): its services and its pages.</summary>
public static class WorkbenchExtensions
{
    public static IServiceCollection AddWorkbench(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        // Chinese stays as characters in the pages rather than &#x…; entities: they are read, and searched, in Chinese.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Maps the pages; each page's own <c>[Authorize]</c> is enforced on the request before the circuit starts.</summary>
    public static WebApplication MapWorkbench(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapStatisticsExport();
        return app;
    }
}
