using System.Text.Encodings.Web;
using System.Text.Unicode;
using static WorkflowEngine.Server.Localization.Cultures;

namespace WorkflowEngine.Server.Access;

/// <summary>The sign-in form: plain HTML that works without scripts, at 1366×768 and with the keyboard alone.</summary>
public static class SignInPage
{
    // Chinese stays as characters rather than &#x…; entities: the page is read, and searched, in Chinese.
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string antiforgeryField, string? returnUrl, string? userName, string? message)
    {
        var e = Html;
        var back = e.Encode(LocalUrl(returnUrl));
        var switchTo = IsEnglish ? "zh-CN" : "en";
        var here = e.Encode(UrlEncoder.Default.Encode("/signin?returnUrl=" + LocalUrl(returnUrl)));
        return $$"""
        <!DOCTYPE html>
        <html lang="{{T("zh-CN", "en")}}">
        <head>
          <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{T("登录 · 政务服务审批平台", "Sign in · Government services approvals")}}</title>
          <style>
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; background: #f3f5f8; margin: 0; }
            main { max-width: 380px; margin: 12vh auto; background: #fff; padding: 32px; border-radius: 8px; box-shadow: 0 2px 10px #0002; }
            h1 { font-size: 1.4rem; margin: 0 0 24px; color: #1a3d6d; }
            label { display: block; margin: 14px 0 6px; }
            input { width: 100%; box-sizing: border-box; padding: 9px; font-size: 1rem; border: 1px solid #9aa5b1; border-radius: 4px; }
            input:focus, button:focus, a:focus { outline: 3px solid #f0b429; outline-offset: 1px; }
            button { margin-top: 22px; width: 100%; padding: 10px; font-size: 1rem; background: #1a3d6d; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
            .error { color: #b00020; background: #fdecea; padding: 10px; border-radius: 4px; }
            .lang { text-align: right; margin-top: 18px; font-size: .9rem; }
          </style>
        </head>
        <body>
          <main>
            <h1>{{T("政务服务审批平台", "Government services approvals")}}</h1>
            {{(message is null ? "" : $"<p class=\"error\" role=\"alert\" id=\"signin-error\">{e.Encode(message)}</p>")}}
            <form method="post" action="/signin">
              {{antiforgeryField}}
              <input type="hidden" name="returnUrl" value="{{back}}">
              <label for="userName">{{T("用户名", "User name")}}</label>
              <input id="userName" name="userName" autocomplete="username" required autofocus value="{{e.Encode(userName ?? "")}}">
              <label for="password">{{T("密码", "Password")}}</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit" id="signin">{{T("登录", "Sign in")}}</button>
            </form>
            <p class="lang"><a href="/culture/{{switchTo}}?returnUrl={{here}}">{{T("English", "中文")}}</a></p>
          </main>
        </body>
        </html>
        """;
    }
}
