using System.Net;
using System.Text.RegularExpressions;

namespace WorkflowEngine.Testing;

/// <summary>
/// Signs a staff member in through the real sign-in form, as a browser would (antiforgery token included), and keeps
/// the session cookie for later requests.
/// </summary>
public static partial class StaffSession
{
    /// <summary>The password of every demo account (DemoStaff.Password).</summary>
    public const string DemoPassword = "Demo#2026";

    /// <summary>A client carrying the person's session; throws when the sign-in is refused.</summary>
    public static async Task<HttpClient> SignInAsync(Uri server, string userName, string password = DemoPassword)
    {
        var (client, response) = await TrySignInAsync(server, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>Posts the sign-in form and returns the client (with whatever cookies it got) and the answer, unfollowed.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> TrySignInAsync(Uri server, string userName, string password, string? returnUrl = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var form = await client.GetStringAsync("/signin");
        var token = AntiforgeryField().Match(form);
        if (!token.Success) throw new InvalidOperationException("the sign-in page carries no antiforgery token");
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "",
            [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value),
        }));
        return (client, response);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
