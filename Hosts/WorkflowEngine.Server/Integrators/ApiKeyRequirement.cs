using Microsoft.OpenApi;

namespace WorkflowEngine.Server.Integrators;

/// <summary>Endpoint metadata: the endpoint needs an API key with this scope (checked by <see cref="IntegratorGate"/>).</summary>
public sealed record ApiKeyRequirement(string Scope)
{
    public const string AuthorizationScheme = "ApiKey";
    public const string Header = "X-Api-Key";
}

/// <summary>Marks endpoints as integrator endpoints.</summary>
internal static class ApiKeyRequirementExtensions
{
    /// <summary>Only callers whose key has <paramref name="scope"/> reach the endpoint; documents the refusals and the key in OpenAPI.</summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder endpoint, string scope) => endpoint
        .WithMetadata(new ApiKeyRequirement(scope))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Description = (operation.Description is null ? "" : operation.Description + "\n\n")
                + $"Needs an API key with scope `{scope}`: `Authorization: ApiKey <key>` or `{ApiKeyRequirement.Header}: <key>`.";
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ApiKeyRequirement.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = $"The integrator's API key (or send `Authorization: ApiKey <key>`); scope `{scope}`",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });
}
