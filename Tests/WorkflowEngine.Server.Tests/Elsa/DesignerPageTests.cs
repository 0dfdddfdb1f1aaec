using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>The designer pages and the Elsa Studio files over plain HTTP (the browser tests drive the real thing).</summary>
[TestFixture(TestDatabase.Sqlite)]
public class DesignerPageTests(TestDatabase database) : ElsaServer(database)
{
    [Test]
    public async Task Each_designer_page_hosts_its_studio_element_pointed_at_this_servers_elsa_api_with_a_token()
    {
        using var http = await StaffSession.SignInAsync(Server.Address, "designer");
        var list = await http.GetStringAsync("/designer");
        var editor = await http.GetStringAsync("/designer/sample-newborn");
        var instances = await http.GetStringAsync("/designer/instances");
        var viewer = await http.GetStringAsync("/designer/instances/abc");

        var endpoint = $"remote-endpoint=\"{new Uri(Server.Address, "/elsa/api").ToString().TrimEnd('/')}\"";
        Assert.Multiple(() =>
        {
            Assert.That(list, Does.Contain("<elsa-workflow-definition-list ").And.Contain(endpoint));
            Assert.That(editor, Does.Contain("<elsa-workflow-definition-editor definition-id=\"sample-newborn\""));
            Assert.That(instances, Does.Contain("<elsa-workflow-instance-list "));
            Assert.That(viewer, Does.Contain("<elsa-workflow-instance-viewer instance-id=\"abc\""));
            Assert.That(list, Does.Contain("_framework/blazor.webassembly.js"));
            Assert.That(TokenIn(list), Is.Not.Empty, "the page hands the element a token");
        });
    }

    [Test]
    public async Task The_token_on_the_designer_page_opens_the_elsa_api_and_nothing_else_does()
    {
        using var designer = await StaffSession.SignInAsync(Server.Address, "designer");
        using var clerk = await StaffSession.SignInAsync(Server.Address, "clerk");
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.Address };
        var token = TokenIn(await designer.GetStringAsync("/designer"));

        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/elsa/api/workflow-definitions?versionOptions=Latest");
        withToken.Headers.Authorization = new("Bearer", token);
        using var altered = new HttpRequestMessage(HttpMethod.Get, "/elsa/api/workflow-definitions?versionOptions=Latest");
        altered.Headers.Authorization = new("Bearer", token[..^4] + "AAAA");
        using var signInPage = await anonymous.GetAsync("/designer/sample-newborn");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await anonymous.SendAsync(withToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await anonymous.SendAsync(altered)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await anonymous.GetAsync("/elsa/api/workflow-definitions")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await clerk.GetAsync("/elsa/api/workflow-definitions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await clerk.GetAsync("/designer")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "a clerk does not reach the designer");
            Assert.That(signInPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(signInPage.Headers.Location?.ToString(), Does.Contain("/signin?returnUrl=%2Fdesigner%2Fsample-newborn"));
        }
    }

    static string TokenIn(string page) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(page, "access-token=\"([^\"]+)\"").Groups[1].Value);

    [Test]
    public async Task Studio_files_are_sent_precompressed_to_browsers_that_accept_brotli_and_wasm_as_application_wasm()
    {
        var wasm = Path.GetFileName(Directory.GetFiles(Path.Combine(StudioPackage(), "_framework"), "*.wasm").First());
        using var http = Server.CreateClient();

        using var brotli = new HttpRequestMessage(HttpMethod.Get, "/_framework/" + wasm);
        brotli.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var compressed = await http.SendAsync(brotli);
        using var plain = await http.GetAsync("/_framework/" + wasm);
        using var escape = await http.GetAsync("/_framework/..%2F..%2Fpackage.json");

        Assert.Multiple(() =>
        {
            Assert.That(compressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(compressed.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/wasm"));
            Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(compressed.Content.Headers.ContentLength, Is.EqualTo(new FileInfo(Path.Combine(StudioPackage(), "_framework", wasm + ".br")).Length));
            Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(plain.Content.Headers.ContentLength, Is.EqualTo(new FileInfo(Path.Combine(StudioPackage(), "_framework", wasm)).Length));
            Assert.That(escape.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task An_elsa_call_this_server_does_not_serve_is_not_found()
    {
        var answer = await Elsa.GetAsync("secrets");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    // Tests run from Tests/<project>/bin/<configuration>/net10.0; npm restored the package beside the server project.
    static string StudioPackage() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..",
        "Hosts", "WorkflowEngine.Server", "ElsaStudio", "node_modules", "@elsa-workflows", "elsa-studio-wasm"));
}
