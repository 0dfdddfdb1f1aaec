using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Elsa;

/// <summary>The Elsa API as Elsa Studio calls it; every Elsa API test gets its client here, so signing in is added in one place.</summary>
internal sealed class ElsaApiClient(HttpClient http) : IDisposable
{
    /// <summary>Signs in as the demo designer and sends the designer token, as the element on the designer page does.</summary>
    public static async Task<ElsaApiClient> CreateAsync(ServerProcess server, string userName = "designer")
    {
        using var session = await StaffSession.SignInAsync(server.Address, userName);
        var token = JsonNode.Parse(await session.GetStringAsync("/access/designer-token"))!["value"]!.GetValue<string>();
        var http = server.CreateClient();
        http.BaseAddress = new Uri(server.Address, "/elsa/api/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ElsaApiClient(http);
    }

    public HttpClient Http => http;

    public Task<ElsaAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ElsaAnswer> PostAsync(string path, JsonNode? body = null) => SendAsync(HttpMethod.Post, path, body ?? new JsonObject());

    public Task<ElsaAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>Saves (and publishes) a model as the designer does and answers the saved version.</summary>
    public async Task<JsonObject> SaveAsync(JsonObject model, bool publish = false)
    {
        var answer = await PostAsync("workflow-definitions", new JsonObject { ["model"] = model, ["publish"] = publish });
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
        return answer.Object["workflowDefinition"]!.AsObject();
    }

    /// <summary>The versions tab's call: every version of one definition, newest first.</summary>
    public async Task<JsonArray> VersionsAsync(string definitionId)
    {
        var answer = await GetAsync($"workflow-definitions?versionOptions=AllVersions&Page=0&PageSize=20&DefinitionIds={definitionId}&OrderBy=Version&OrderDirection=Descending");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
        return answer.Object["items"]!.AsArray();
    }

    async Task<ElsaAnswer> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true ? JsonNode.Parse(text) : null;
        return new ElsaAnswer(response.StatusCode, json, response.Headers, response.Content.Headers, text);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>An answer of the Elsa API: status, JSON (when JSON came back), headers and the raw body for failure messages.</summary>
internal sealed record ElsaAnswer(HttpStatusCode Status, JsonNode? Json, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public JsonObject Object => Json as JsonObject ?? throw new AssertionException($"expected a JSON object, got {Status}: {Body}");
}
