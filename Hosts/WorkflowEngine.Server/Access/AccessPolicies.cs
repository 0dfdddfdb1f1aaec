using Microsoft.AspNetCore.Authorization;
using WorkflowEngine.Approvals.Tasks;

namespace WorkflowEngine.Server.Access;

/// <summary>The authorization policies: one per role, "any staff member", and the designer API (token or session).</summary>
public static class AccessPolicies
{
    /// <summary>Anyone signed in.</summary>
    public const string Staff = "staff";

    /// <summary>The designer's API: the token the designer page hands Elsa Studio, or a designer's own session.</summary>
    public const string DesignerApi = "designer-api";

    /// <summary>The policy that admits one role (administrators are admitted only to their own role's policy).</summary>
    public static string For(StaffRole role) => "role:" + role;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.AddAuthenticationSchemes(AccessSchemes.Session).RequireAuthenticatedUser());
        foreach (var role in Enum.GetValues<StaffRole>())
            options.AddPolicy(For(role), p => p.AddAuthenticationSchemes(AccessSchemes.Session).RequireRole(role.ToString()));
        options.AddPolicy(DesignerApi, p => p
            .AddAuthenticationSchemes(AccessSchemes.DesignerToken, AccessSchemes.Session)
            .RequireRole(nameof(StaffRole.Designer)));
    }
}

/// <summary>The authentication schemes: the browser session cookie and the designer page's bearer token.</summary>
public static class AccessSchemes
{
    public const string Session = "session";
    public const string DesignerToken = "designer-token";
}
