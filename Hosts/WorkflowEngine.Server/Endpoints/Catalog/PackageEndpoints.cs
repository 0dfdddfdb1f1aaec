using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Catalog;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>Packages (一件事套餐): list, read, and the administrator's changes, each validated against the catalog.</summary>
internal static class PackageEndpoints
{
    static readonly int[] WriteRefusals = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static RouteGroupBuilder MapPackages(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListPackages").WithSummary("The packages · 一件事套餐列表");
        group.MapGet("/{code}", Get).WithName("GetPackage").WithSummary("One package · 一件事套餐").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreatePackage").WithSummary("Add a package · 新增套餐").AsCatalogWrite(WriteRefusals);
        group.MapPut("/{code}", Update).WithName("UpdatePackage").WithSummary("Change a package · 修改套餐").AsCatalogWrite(WriteRefusals);
        group.MapDelete("/{code}", Delete).WithName("DeletePackage").WithSummary("Delete a package · 删除套餐").AsCatalogWrite(WriteRefusals);
        return group;
    }

    static async Task<Ok<List<Package>>> List(CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListPackagesAsync(cancellationToken));

    static async Task<Ok<Package>> Get(string code, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.GetPackageAsync(code, cancellationToken));

    static async Task<Created<Package>> Create(Package entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/catalog/packages/{entry.Code}", await catalog.SavePackageAsync(entry, null, cancellationToken));

    static async Task<Ok<Package>> Update(string code, Package entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.SavePackageAsync(entry, code, cancellationToken));

    static async Task<NoContent> Delete(string code, CatalogService catalog, CancellationToken cancellationToken)
    {
        await catalog.DeletePackageAsync(code, cancellationToken);
        return TypedResults.NoContent();
    }
}
