using System.Net;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>The designer pages and the Elsa Studio files over plain HTTP (the browser tests drive the real thing).</summary>
[TestFixture(TestDatabase.Sqlite)]
public class DesignerPageTests(TestDatabase database) : ElsaServer(database)
{
    [Test]
    public async Task Each_designer_page_hosts_its_studio_element_pointed_at_this_servers_elsa_api()
    {
        using var http = Server.CreateClient();
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
        });
    }

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
