using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Endpoints.ApiKeys;

/// <summary>The administrator's management of integrators' API keys (X-Admin-Key): create (the key is shown once), list, revoke.</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder group)
    {
        group.MapPost("/", Create).WithName("CreateApiKey").WithSummary("Create an integrator's API key; the key is in this answer only")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireAdministrator();
        group.MapGet("/", List).WithName("ListApiKeys").WithSummary("Every API key, without secrets").RequireAdministrator();
        group.MapDelete("/{id}", Revoke).WithName("RevokeApiKey").WithSummary("Revoke a key at once").ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAdministrator();
        return group;
    }

    static async Task<Created<ApiKeyResponse>> Create(ApiKeyRequest request, Approvals.Integrators.ApiKeys keys, CancellationToken cancellationToken)
    {
        var created = await keys.CreateAsync(request.Integrator ?? "", request.Name ?? "", request.Departments ?? [], request.Scopes ?? [], cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{created.Key.Id}", ApiKeyResponse.From(created.Key, created.Secret));
    }

    static async Task<Ok<List<ApiKeyResponse>>> List(Approvals.Integrators.ApiKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(k => ApiKeyResponse.From(k, null)).ToList());

    static async Task<Ok<ApiKeyResponse>> Revoke(string id, Approvals.Integrators.ApiKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(ApiKeyResponse.From(await keys.RevokeAsync(id, AdministratorKey.CallerName, cancellationToken), null));
}

/// <summary>A key to create: the integrator it is for, a name, its departments ("*" for all) and scopes.</summary>
public sealed record ApiKeyRequest(string? Integrator, string? Name, IReadOnlyList<string>? Departments, IReadOnlyList<string>? Scopes);

/// <summary>An API key without its secret; <see cref="Key"/> only in the answer to its creation.</summary>
public sealed record ApiKeyResponse(string Id, string Integrator, string Name, string Prefix, IReadOnlyList<string> Departments, IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Key)
{
    public static ApiKeyResponse From(ApiKey k, string? secret) =>
        new(k.Id, k.IntegratorId, k.Name, k.Prefix, k.Departments, k.Scopes, k.CreatedAt.ToUniversalTime(), k.RevokedAt?.ToUniversalTime(), secret);
}
