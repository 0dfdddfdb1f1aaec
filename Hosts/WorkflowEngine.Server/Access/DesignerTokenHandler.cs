using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Server.Access;

/// <summary>Authenticates <c>Authorization: Bearer …</c> with a token from <see cref="DesignerTokens"/>.</summary>
public sealed class DesignerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DesignerTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        var user = tokens.Read(header[Prefix.Length..].Trim(), Scheme.Name);
        return Task.FromResult(user is null
            ? AuthenticateResult.Fail("The token is not valid or has expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(user, Scheme.Name)));
    }
}
