using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Server.Access;

/// <summary>
/// Short-lived bearer tokens for the Elsa Studio element on the designer page: the page is reached with a session, and
/// the element (which cannot use our sign-in) sends the token as <c>Authorization: Bearer</c>.
/// </summary>
/// <remarks>Tokens are sealed by the same key ring as the session cookies, so any node that can read a session can read a token.</remarks>
public sealed class DesignerTokens(IDataProtectionProvider protection, IOptions<AccessOptions> options, TimeProvider time)
{
    // The expiry travels inside the sealed payload and is checked against the server's TimeProvider: a time-limited
    // protector would compare it with the wall clock, which a node running on a shifted clock (tests, demos) does not read.
    readonly IDataProtector _protector = protection.CreateProtector("WorkflowEngine.DesignerToken.v2");

    public DesignerToken Issue(ClaimsPrincipal user)
    {
        var expires = time.GetUtcNow() + options.Value.DesignerTokenLifetime;
        var payload = new Payload(user.UserName(), user.Identity?.Name ?? "", user.DepartmentCode(), user.Role()?.ToString() ?? "", expires);
        return new DesignerToken(_protector.Protect(JsonSerializer.Serialize(payload)), expires);
    }

    /// <summary>The person the token was issued to, or null when it is forged, altered or expired.</summary>
    public ClaimsPrincipal? Read(string token, string authenticationType)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            if (payload is null || payload.ExpiresAt <= time.GetUtcNow()) return null;
            return StaffClaims.Principal(payload.UserName, payload.DisplayName, payload.DepartmentCode, payload.Role, authenticationType);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    sealed record Payload(string UserName, string DisplayName, string DepartmentCode, string Role, DateTimeOffset ExpiresAt);
}

/// <summary>A token and when it stops working.</summary>
public sealed record DesignerToken(string Value, DateTimeOffset ExpiresAt);
