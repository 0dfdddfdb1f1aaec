using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using WorkflowEngine.Server.Api;

namespace WorkflowEngine.Server.Access;

/// <summary>
/// Refusals on API paths are RFC 7807 bodies (401 or 403) rather than the sign-in page's redirect a browser gets:
/// a program cannot follow a redirect to a form.
/// </summary>
public sealed class ApiAwareAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!IsApi(context.Request) || result.Succeeded)
        {
            await _pages.HandleAsync(next, context, policy, result);
            return;
        }
        var refusal = result.Challenged
            ? Problem.Of(StatusCodes.Status401Unauthorized, "unauthenticated", "Sign in or present a valid token.",
                "The request carries no valid session or token, or it has expired.")
            : Problem.Of(StatusCodes.Status403Forbidden, "forbidden", "You may not do this.",
                "Your role or department does not allow this request.");
        if (result.Challenged) context.Response.Headers.WWWAuthenticate = "Bearer";
        await refusal.ExecuteAsync(context);
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/elsa/api") || request.Path.StartsWithSegments("/access");
}
