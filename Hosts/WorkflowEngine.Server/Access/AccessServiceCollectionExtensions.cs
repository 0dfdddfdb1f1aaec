using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace WorkflowEngine.Server.Access;

/// <summary>Sign-in for staff: session cookies, the designer token, role policies and the key ring that signs them.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Access").Get<AccessOptions>() ?? new AccessOptions();
        services.Configure<AccessOptions>(configuration.GetSection("Access"));
        services.AddDataProtection()
            .SetApplicationName("WorkflowEngine")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, options.KeysFolder)));
        services.AddSingleton<DesignerTokens>();
        services.AddAuthentication(AccessSchemes.Session)
            .AddCookie(AccessSchemes.Session, o =>
            {
                o.Cookie.Name = "workflow.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = options.SessionIdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/forbidden";
                o.ReturnUrlParameter = "returnUrl";
            })
            .AddScheme<AuthenticationSchemeOptions, DesignerTokenHandler>(AccessSchemes.DesignerToken, null);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAwareAuthorizationResultHandler>();
        services.AddAntiforgery(o => o.Cookie.Name = "workflow.antiforgery");
        return services;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
