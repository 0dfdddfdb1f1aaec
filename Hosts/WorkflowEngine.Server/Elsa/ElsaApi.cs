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
        // TODO(auth): require the designer policy here (RequireAuthorization) so that anyone else gets 401;
        // every /elsa/api endpoint hangs off this one group.
        var api = app.MapGroup(Prefix)
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
