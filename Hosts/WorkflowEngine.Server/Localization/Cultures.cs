using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace WorkflowEngine.Server.Localization;

/// <summary>
/// Chinese first: every page speaks zh-CN unless the person chose English (<c>?culture=en</c> or the language switch,
/// remembered in a cookie). The browser's Accept-Language is deliberately not consulted: a clerk on an English-language
/// browser still gets the Chinese workbench the centre trained them on.
/// </summary>
public static class Cultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Picks the text for the current language.</summary>
    public static string T(string chinese, string english) => IsEnglish ? english : chinese;

    public static WebApplication UseCultures(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese, English],
            SupportedUICultures = [Chinese, English],
        };
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context, TimeProvider time) =>
        {
            var culture = name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalUrl(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>A return address only if it stays on this site, so a crafted link cannot send people elsewhere.</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
