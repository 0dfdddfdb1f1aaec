using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;
using static WorkflowEngine.Server.Localization.Cultures;

namespace WorkflowEngine.Server.Access;

/// <summary>Signing in and out, who am I, and the designer page's token.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
            Page(context, antiforgery, returnUrl, null, null)).ExcludeFromDescription();
        app.MapPost("/signin", SignInAsync).ExcludeFromDescription();
        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(AccessSchemes.Session);
            return Results.Redirect("/signin");
        }).ExcludeFromDescription();
        app.MapGet("/forbidden", () => Results.Content(
            $"<!DOCTYPE html><html lang=\"{T("zh-CN", "en")}\"><meta charset=\"utf-8\"><title>403</title><body style=\"font-family:sans-serif;margin:10vh auto;max-width:480px\">" +
            $"<h1>{T("无权访问", "Access denied")}</h1><p>{T("您的角色或部门不能打开此页面。", "Your role or department cannot open this page.")}</p>" +
            $"<p><a href=\"/\">{T("返回首页", "Back to the start page")}</a></p></body></html>", "text/html; charset=utf-8", null, StatusCodes.Status403Forbidden))
            .ExcludeFromDescription();

        var access = app.MapGroup("/access").WithTags("Access");
        access.MapGet("/me", (HttpContext context) => TypedResults.Ok(new Me(
                context.User.UserName(), context.User.Identity?.Name ?? "", context.User.DepartmentCode(), context.User.Role())))
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = $"{AccessSchemes.Session},{AccessSchemes.DesignerToken}" })
            .WithSummary("The signed-in person · 当前登录人");
        access.MapGet("/designer-token", (HttpContext context, DesignerTokens tokens) => TypedResults.Ok(tokens.Issue(context.User)))
            .RequireAuthorization(AccessPolicies.For(StaffRole.Designer))
            .WithSummary("A short-lived token for the designer's Elsa Studio element · 设计器令牌");
        return app;
    }

    static async Task<IResult> SignInAsync([FromForm] SignInForm form, HttpContext context, StaffDirectory staff, IAntiforgery antiforgery, TimeProvider time)
    {
        var result = await staff.SignInAsync(form.UserName ?? "", form.Password ?? "", context.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                var member = result.Member!;
                await context.SignInAsync(AccessSchemes.Session, StaffClaims.Principal(member, AccessSchemes.Session, result.DepartmentName));
                return Results.LocalRedirect(string.IsNullOrEmpty(form.ReturnUrl) || LocalUrl(form.ReturnUrl) == "/" ? Home(member.Role) : LocalUrl(form.ReturnUrl));
            case SignInOutcome.LockedOut:
                var minutes = Math.Max(1, (int)Math.Ceiling((result.LockedUntil!.Value - time.GetUtcNow()).TotalMinutes));
                return Page(context, antiforgery, form.ReturnUrl, form.UserName,
                    T($"连续输错密码次数过多，账户已锁定，请 {minutes} 分钟后再试。", $"Too many failed attempts: the account is locked; try again in {minutes} minutes."));
            default:
                return Page(context, antiforgery, form.ReturnUrl, form.UserName, T("用户名或密码不正确。", "The user name or password is not correct."));
        }
    }

    /// <summary>Where a role starts its day.</summary>
    public static string Home(StaffRole role) => role == StaffRole.Designer ? "/designer" : "/";

    static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? userName, string? message)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var field = $"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">";
        return Results.Content(SignInPage.Render(field, returnUrl, userName, message), "text/html; charset=utf-8");
    }

    /// <summary>The posted form.</summary>
    public sealed record SignInForm(string? UserName, string? Password, string? ReturnUrl);

    /// <summary>Who is signed in.</summary>
    public sealed record Me(string UserName, string DisplayName, string DepartmentCode, StaffRole? Role);
}
