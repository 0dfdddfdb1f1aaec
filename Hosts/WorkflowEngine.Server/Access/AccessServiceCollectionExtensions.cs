using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace WorkflowEngine.Server.Access;

/// <summary>Sign-in for staff: session cookies, the designer token, role policies and the key ring (in the database) that seals them.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Access").Get<AccessOptions>() ?? new AccessOptions();
        services.Configure<AccessOptions>(configuration.GetSection("Access"));
        services.AddDataProtection().SetApplicationName("WorkflowEngine");
        // The key ring lives on real time like the data-protection key manager that rotates it, whatever date the node runs on.
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((o, scopes) =>
            o.XmlRepository = new DatabaseKeyRing(scopes, TimeProvider.System));
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
                o.Events.OnValidatePrincipal = SessionRecheck.ValidateAsync;
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
