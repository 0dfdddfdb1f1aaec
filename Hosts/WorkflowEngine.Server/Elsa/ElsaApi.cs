using WorkflowEngine.Server.Access;
using WorkflowEngine.Server.Elsa.Definitions;
using WorkflowEngine.Server.Elsa.Descriptors;
using WorkflowEngine.Server.Elsa.Instances;

namespace WorkflowEngine.Server.Elsa;

/// <summary>
/// The Elsa 3 REST API under /elsa/api that the real Elsa Studio designer calls, backed by the engine and the
/// definition store (see docs/decisions/0009-designer-elsa-studio.md).
/// </summary>
internal static class ElsaApi
{
    public const string Prefix = "/elsa/api";

    public static RouteGroupBuilder MapElsaApi(this IEndpointRouteBuilder app)
    {
        // Every /elsa/api endpoint hangs off this one group: the designer page's token (or a designer's session) or a 401.
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(AccessPolicies.DesignerApi)
            .WithTags("Elsa Studio")
            .ExcludeFromDescription()
            .AddEndpointFilter<ElsaErrorFilter>();
        api.MapDefinitionQueries();
        api.MapDefinitionCommands();
        api.MapDefinitionBulkActions();
        api.MapDefinitionTransfer();
        api.MapDefinitionExecution();
        api.MapDescriptors();
        api.MapInstances();
        api.MapActivityExecutions();
        api.MapUnknownElsaCalls();
        return api;
    }

    /// <summary>An Elsa call we do not serve answers 404 and is logged, so a new Studio version's needs show up in the log.</summary>
    static void MapUnknownElsaCalls(this RouteGroupBuilder api) =>
        api.MapFallback("{**path}", (HttpContext context, ILoggerFactory logs) =>
        {
            logs.CreateLogger("WorkflowEngine.Server.Elsa").LogWarning("Elsa Studio called {Method} {Path}, which this server does not serve",
                context.Request.Method, context.Request.Path);
            return Api.Problem.NotFound("elsa-endpoint-unknown", "This Elsa API endpoint is not served here.", context.Request.Path);
        });
}
