using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Catalog;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>Matters (事项): list (by department), read, and the administrator's changes, each validated against the catalog.</summary>
internal static class MatterEndpoints
{
    static readonly int[] WriteRefusals = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static RouteGroupBuilder MapMatters(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListMatters").WithSummary("The matters, or one department's · 事项列表");
        group.MapGet("/{code}", Get).WithName("GetMatter").WithSummary("One matter · 事项").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateMatter").WithSummary("Add a matter · 新增事项").AsCatalogWrite(WriteRefusals);
        group.MapPut("/{code}", Update).WithName("UpdateMatter").WithSummary("Change a matter · 修改事项").AsCatalogWrite(WriteRefusals);
        group.MapDelete("/{code}", Delete).WithName("DeleteMatter").WithSummary("Delete a matter no package uses · 删除事项").AsCatalogWrite(WriteRefusals);
        return group;
    }

    static async Task<Ok<List<Matter>>> List(string? department, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListMattersAsync(department, cancellationToken));

    static async Task<Ok<Matter>> Get(string code, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.GetMatterAsync(code, cancellationToken));

    static async Task<Created<Matter>> Create(Matter entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/catalog/matters/{entry.Code}", await catalog.SaveMatterAsync(entry, null, cancellationToken));

    static async Task<Ok<Matter>> Update(string code, Matter entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.SaveMatterAsync(entry, code, cancellationToken));

    static async Task<NoContent> Delete(string code, CatalogService catalog, CancellationToken cancellationToken)
    {
        await catalog.DeleteMatterAsync(code, cancellationToken);
        return TypedResults.NoContent();
    }
}
