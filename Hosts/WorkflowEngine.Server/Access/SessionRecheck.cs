using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using WorkflowEngine.Approvals.Staff;

namespace WorkflowEngine.Server.Access;

/// <summary>
/// A sliding session could outlive the account it was issued for. Every <see cref="AccessOptions.SessionRecheckInterval"/>
/// the session is checked against the account: deactivated, removed, or moved to another role or department ends it.
/// </summary>
public static class SessionRecheck
{
    const string CheckedAt = "checked-at";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var interval = services.GetRequiredService<IOptions<AccessOptions>>().Value.SessionRecheckInterval;
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedAt, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < interval)
            return;
        var user = context.Principal!;
        var member = await services.GetRequiredService<StaffDirectory>().FindAsync(user.UserName(), context.HttpContext.RequestAborted);
        if (member is null || !member.IsActive || member.Role != user.Role() || member.DepartmentCode != user.DepartmentCode())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccessSchemes.Session);
            return;
        }
        context.Properties.Items[CheckedAt] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
