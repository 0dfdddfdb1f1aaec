using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Catalog;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>The assistance list (协助事项清单): list, read, and the administrator's changes.</summary>
internal static class AssistanceItemEndpoints
{
    static readonly int[] WriteRefusals = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static RouteGroupBuilder MapAssistanceItems(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListAssistanceItems").WithSummary("The assistance list, or what one department may ask for · 协助事项清单");
        group.MapGet("/{code}", Get).WithName("GetAssistanceItem").WithSummary("One assistance item · 协助事项").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateAssistanceItem").WithSummary("Add an assistance item · 新增协助事项").AsCatalogWrite(WriteRefusals);
        group.MapPut("/{code}", Update).WithName("UpdateAssistanceItem").WithSummary("Change an assistance item · 修改协助事项").AsCatalogWrite(WriteRefusals);
        group.MapDelete("/{code}", Delete).WithName("DeleteAssistanceItem").WithSummary("Delete an assistance item · 删除协助事项").AsCatalogWrite(WriteRefusals);
        return group;
    }

    static async Task<Ok<List<AssistanceItem>>> List(string? department, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAssistanceItemsAsync(department, cancellationToken));

    static async Task<Ok<AssistanceItem>> Get(string code, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.GetAssistanceItemAsync(code, cancellationToken));

    static async Task<Created<AssistanceItem>> Create(AssistanceItem entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/catalog/assistance-items/{entry.Code}", await catalog.SaveAssistanceItemAsync(entry, null, cancellationToken));

    static async Task<Ok<AssistanceItem>> Update(string code, AssistanceItem entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.SaveAssistanceItemAsync(entry, code, cancellationToken));

    static async Task<NoContent> Delete(string code, CatalogService catalog, CancellationToken cancellationToken)
    {
        await catalog.DeleteAssistanceItemAsync(code, cancellationToken);
        return TypedResults.NoContent();
    }
}
