using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace WorkflowEngine.Server.Api;

/// <summary>The stopgap that guards administrative endpoints until API keys with scopes exist: one shared key in <c>X-Admin-Key</c>.</summary>
/// <remarks>
/// Everything about it lives in this file, so the real API keys can replace it by changing
/// <see cref="RequireAdministrator"/> alone. With no key configured the administrative endpoints are closed
/// (403 <c>administration-disabled</c>): a server that someone forgot to configure must not be open.
/// </remarks>
internal static class AdministratorKey
{
    public const string Header = "X-Admin-Key";

    /// <summary>What is recorded as "loaded by": the shared key names no person.</summary>
    public const string CallerName = "admin-key";

    /// <summary>Bound from the "Administration" section; <c>Administration:ApiKey</c> is the shared key.</summary>
    public sealed class Options
    {
        public string? ApiKey { get; set; }
    }

    public static IServiceCollection AddAdministratorKey(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<Options>(configuration.GetSection("Administration"));

    /// <summary>Lets the endpoint run only for a caller presenting the configured key, and documents the header in OpenAPI.</summary>
    public static RouteHandlerBuilder RequireAdministrator(this RouteHandlerBuilder endpoint) => endpoint
        .AddEndpointFilter(async (context, next) => Refusal(context.HttpContext) is { } refusal ? refusal : await next(context))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = true,
                Description = "The administrator key (Administration:ApiKey) · 管理员密钥",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    private static IResult? Refusal(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<Options>>().Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
            return Problem.Of(StatusCodes.Status403Forbidden, "administration-disabled", "Administration is disabled on this server.",
                "No administrator key is configured (Administration:ApiKey), so administrative endpoints are closed.");
        var presented = context.Request.Headers[Header].ToString();
        if (presented.Length == 0)
            return Problem.Of(StatusCodes.Status401Unauthorized, "admin-key-missing", "An administrator key is required.",
                $"Send the administrator key in the {Header} header.");
        return Matches(presented, configured)
            ? null
            : Problem.Of(StatusCodes.Status403Forbidden, "admin-key-invalid", "The administrator key is not valid.");
    }

    // Hashing first gives both sides the same length, so the comparison takes the same time whatever was sent.
    private static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
