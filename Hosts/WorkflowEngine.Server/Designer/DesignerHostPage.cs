using System.Text.Encodings.Web;

namespace WorkflowEngine.Server.Designer;

/// <summary>
/// Our host page for one Elsa Studio element. The package's own index.html uses a tag that is not registered,
/// so the page is written here from its link and script tags (without the Google Fonts links, which fail offline).
/// </summary>
internal static class DesignerHostPage
{
    /// <summary>An element and its attributes (besides remote-endpoint and access-token, which every element gets).</summary>
    public sealed record Element(string Tag, string Title, IReadOnlyDictionary<string, string> Attributes);

    public static IResult Render(HttpRequest request, Element element, string accessToken)
    {
        var encode = HtmlEncoder.Default;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{Elsa.ElsaApi.Prefix}";
        // The element cannot use our sign-in: it sends this short-lived token as Authorization: Bearer to /elsa/api.
        var attributes = element.Attributes.Append(new("remote-endpoint", endpoint)).Append(new("access-token", accessToken));
        var markup = string.Join(" ", attributes.Select(a => $"{a.Key}=\"{encode.Encode(a.Value)}\""));
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
                <title>{{encode.Encode(element.Title)}} · 流程设计器</title>
                <base href="/"/>
                <link rel="icon" type="image/png" sizes="32x32" href="_content/Elsa.Studio.Shell/favicon-32x32.png">
                <link href="_content/MudBlazor/MudBlazor.min.css" rel="stylesheet" />
                <link href="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css" rel="stylesheet" />
                <link href="_content/Radzen.Blazor/css/material-base.css" rel="stylesheet" >
                <link href="_content/Elsa.Studio.Shell/css/shell.css" rel="stylesheet">
                <link href="Elsa.Studio.Host.CustomElements.styles.css" rel="stylesheet">
                <style>
                    html, body { height: 100%; margin: 0; }
                    body { display: flex; flex-direction: column; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
                    nav.designer { display: flex; gap: 1.5em; align-items: center; padding: .5em 1em; background: #1e3a5f; color: #fff; }
                    nav.designer a { color: #fff; text-decoration: none; }
                    nav.designer strong { margin-right: 1em; }
                    main.designer { flex: 1; min-height: 0; overflow: auto; }
                </style>
            </head>
            <body>
            <nav class="designer">
                <strong>政务审批 · 流程设计器</strong>
                <a id="nav-definitions" href="/designer">流程定义 Definitions</a>
                <a id="nav-instances" href="/designer/instances">流程实例 Instances</a>
            </nav>
            <main class="designer">
                <{{element.Tag}} {{markup}}></{{element.Tag}}>
            </main>
            <div id="blazor-error-ui" style="display:none">
                An unhandled error has occurred. · 发生错误。
                <a href="" class="reload">Reload</a>
                <a class="dismiss">🗙</a>
            </div>
            <script src="_content/BlazorMonaco/jsInterop.js"></script>
            <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js"></script>
            <script src="_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js"></script>
            <script src="_content/MudBlazor/MudBlazor.min.js"></script>
            <script src="_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js"></script>
            <script src="_content/Radzen.Blazor/Radzen.Blazor.js"></script>
            <script src="_framework/blazor.webassembly.js"></script>
            <script>
                // Studio's elements raise callbacks instead of navigating; each one leads to our own page.
                const go = path => id => { if (id) location.href = path + encodeURIComponent(id); };
                const callbacks = {
                    'elsa-workflow-definition-list': { editWorkflowDefinition: go('/designer/') },
                    'elsa-workflow-definition-editor': { workflowDefinitionExecuted: go('/designer/instances/') },
                    'elsa-workflow-instance-list': { viewWorkflowInstance: go('/designer/instances/') },
                    'elsa-workflow-instance-viewer': { editWorkflowDefinition: go('/designer/') },
                };
                for (const [tag, handlers] of Object.entries(callbacks))
                    customElements.whenDefined(tag).then(() => document.querySelectorAll(tag).forEach(e => Object.assign(e, handlers)));
            </script>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
