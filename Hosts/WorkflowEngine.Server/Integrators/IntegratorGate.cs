using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Integrators;

/// <summary>
/// Middleware in front of every integrator endpoint: finds the API key (<c>Authorization: ApiKey …</c> or
/// <c>X-Api-Key</c>), refuses missing, unknown or revoked keys (401) and keys without the endpoint's scope (403), and
/// caps the request body (413). Runs before the rate limiter, which counts per key.
/// </summary>
internal sealed class IntegratorGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ApiKeys keys, IOptions<IntegratorOptions> options)
    {
        var requirement = context.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequirement>();
        if (requirement is null)
        {
            await next(context);
            return;
        }
        if (await RefusalAsync(context, keys, requirement) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }
        // A body sent without a length (chunked) is cut off by the server when it passes the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        await next(context);
    }

    public static IResult TooLarge(long limit) => Problem.Of(StatusCodes.Status413PayloadTooLarge, "payload-too-large",
        "The request body is too large.", $"An integrator request body may have at most {limit} bytes.");

    static async Task<IResult?> RefusalAsync(HttpContext context, ApiKeys keys, ApiKeyRequirement requirement)
    {
        var presented = Presented(context.Request);
        if (presented is null)
        {
            context.Response.Headers.WWWAuthenticate = ApiKeyRequirement.AuthorizationScheme;
            return Problem.Of(StatusCodes.Status401Unauthorized, "api-key-missing", "An API key is required.",
                $"Send it as 'Authorization: {ApiKeyRequirement.AuthorizationScheme} <key>' or in the {ApiKeyRequirement.Header} header.");
        }
        var key = await keys.FindBySecretAsync(presented, context.RequestAborted);
        if (key is null)
            return Problem.Of(StatusCodes.Status401Unauthorized, "api-key-invalid", "The API key is not valid.");
        if (key.IsRevoked)
            return Problem.Of(StatusCodes.Status401Unauthorized, "api-key-revoked", "The API key was revoked.",
                $"Key {key.Prefix}… was revoked at {key.RevokedAt:O}; ask the administrator for a new one.");
        if (!key.Allows(requirement.Scope))
            return Problem.Of(StatusCodes.Status403Forbidden, "scope-missing", "The API key may not do this.",
                $"This needs the scope '{requirement.Scope}'; the key has {string.Join(", ", key.Scopes)}.");
        context.Items[ApiCaller.ItemKey] = new ApiCaller(key);
        return null;
    }

    static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        var prefix = ApiKeyRequirement.AuthorizationScheme + " ";
        if (authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > prefix.Length)
            return authorization[prefix.Length..].Trim();
        var header = request.Headers[ApiKeyRequirement.Header].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
