using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>Maps the catalog API under /api/v1/catalog: departments, matters, the assistance list and packages.</summary>
internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/catalog/departments").WithTags("Catalog").MapDepartments();
        app.MapGroup("/api/v1/catalog/matters").WithTags("Catalog").MapMatters();
        app.MapGroup("/api/v1/catalog/assistance-items").WithTags("Catalog").MapAssistanceItems();
        app.MapGroup("/api/v1/catalog/packages").WithTags("Catalog").MapPackages();
        return app;
    }

    /// <summary>The administrator's writes on a resource: documented refusals and the administrator key.</summary>
    public static RouteHandlerBuilder AsCatalogWrite(this RouteHandlerBuilder endpoint, int[] refusals) =>
        refusals.Aggregate(endpoint, (e, status) => e.ProducesProblem(status)).RequireAdministrator();
}
