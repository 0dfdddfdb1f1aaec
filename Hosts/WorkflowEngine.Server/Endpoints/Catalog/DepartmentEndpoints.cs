using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Catalog;

namespace WorkflowEngine.Server.Endpoints.Catalog;

/// <summary>Departments (部门) and the service centre: list, read, and the administrator's changes.</summary>
internal static class DepartmentEndpoints
{
    static readonly int[] WriteRefusals = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static RouteGroupBuilder MapDepartments(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListDepartments").WithSummary("The departments · 部门列表");
        group.MapGet("/{code}", Get).WithName("GetDepartment").WithSummary("One department · 部门").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateDepartment").WithSummary("Add a department · 新增部门").AsCatalogWrite(WriteRefusals);
        group.MapPut("/{code}", Update).WithName("UpdateDepartment").WithSummary("Change a department · 修改部门").AsCatalogWrite(WriteRefusals);
        group.MapDelete("/{code}", Delete).WithName("DeleteDepartment").WithSummary("Delete a department no matter uses · 删除部门").AsCatalogWrite(WriteRefusals);
        return group;
    }

    static async Task<Ok<List<Department>>> List(CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListDepartmentsAsync(cancellationToken));

    static async Task<Ok<Department>> Get(string code, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.GetDepartmentAsync(code, cancellationToken));

    static async Task<Created<Department>> Create(Department entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/catalog/departments/{entry.Code}", await catalog.SaveDepartmentAsync(entry, null, cancellationToken));

    static async Task<Ok<Department>> Update(string code, Department entry, CatalogService catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.SaveDepartmentAsync(entry, code, cancellationToken));

    static async Task<NoContent> Delete(string code, CatalogService catalog, CancellationToken cancellationToken)
    {
        await catalog.DeleteDepartmentAsync(code, cancellationToken);
        return TypedResults.NoContent();
    }
}
