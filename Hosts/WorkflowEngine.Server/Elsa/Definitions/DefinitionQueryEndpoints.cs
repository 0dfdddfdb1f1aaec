using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;

namespace WorkflowEngine.Server.Elsa.Definitions;

/// <summary>Reading definitions: the list (latest or every version), one definition by definition id or version id, name uniqueness.</summary>
internal static class DefinitionQueryEndpoints
{
    const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapDefinitionQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/workflow-definitions", List);
        api.MapGet("/workflow-definitions/by-definition-id/{definitionId}", ByDefinitionId);
        api.MapGet("/workflow-definitions/by-id/{id}", ById);
        api.MapGet("/workflow-definitions/many-by-id", ManyById);
        api.MapGet("/workflow-definitions/validation/is-name-unique", IsNameUnique);
        api.MapGet("/workflow-definitions/query/count", Count);
        return api;
    }

    static async Task<IResult> List(HttpRequest request, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = ElsaQuery.Version(ElsaQuery.Text(request, "versionOptions"), VersionOptions.Latest);
        var query = new DefinitionQuery(
            Versions: versions.Options,
            DefinitionIds: [.. ElsaQuery.List(request, "definitionIds"), .. ElsaQuery.List(request, "definitionId")],
            SearchTerm: ElsaQuery.Text(request, "searchTerm"),
            Page: ElsaQuery.Number(request, "page", 0, int.MaxValue / MaxPageSize),
            PageSize: ElsaQuery.Number(request, "pageSize", 100, MaxPageSize))
        {
            OrderBy = Enum.TryParse<DefinitionOrder>(ElsaQuery.Text(request, "orderBy"), ignoreCase: true, out var order) ? order : DefinitionOrder.Name,
            Descending = string.Equals(ElsaQuery.Text(request, "orderDirection"), "Descending", StringComparison.OrdinalIgnoreCase),
        };
        var page = await store.ListAsync(query, cancellationToken);
        var items = page.Items.Where(d => versions.Number is null || d.Version == versions.Number);
        return TypedResults.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. items.Select(d => (JsonNode)DefinitionShapes.Summary(d))]),
            ["totalCount"] = page.TotalCount,
        });
    }

    static async Task<IResult> ByDefinitionId(string definitionId, HttpRequest request, WorkflowDefinitionService definitions,
        IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var choice = ElsaQuery.Version(ElsaQuery.Text(request, "versionOptions"), VersionOptions.LatestOrPublished);
        var definition = await FindAsync(definitionId, choice, definitions, store, cancellationToken);
        return definition is null ? NotFound(definitionId) : TypedResults.Json(DefinitionShapes.Full(definition));
    }

    static async Task<IResult> ById(string id, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(id, cancellationToken) is { } definition ? TypedResults.Json(DefinitionShapes.Full(definition)) : NotFound(id);

    static async Task<IResult> ManyById(HttpRequest request, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var found = new JsonArray();
        foreach (var id in ElsaQuery.List(request, "ids").Distinct().Take(MaxPageSize))
            if (await store.FindVersionAsync(id, cancellationToken) is { } definition) found.Add(DefinitionShapes.Full(definition));
        return TypedResults.Json(new JsonObject { ["items"] = found, ["count"] = found.Count });
    }

    static async Task<IResult> IsNameUnique(HttpRequest request, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var name = ElsaQuery.Text(request, "name") ?? "";
        var exclude = ElsaQuery.Text(request, "definitionId");
        var same = await store.ListAsync(new DefinitionQuery(VersionOptions.Latest, Name: name, PageSize: 2), cancellationToken);
        return TypedResults.Json(new JsonObject { ["isUnique"] = same.Items.All(d => d.DefinitionId == exclude) });
    }

    static async Task<IResult> Count(IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        TypedResults.Json(new JsonObject { ["count"] = (await store.ListAsync(new DefinitionQuery(VersionOptions.Latest, PageSize: 1), cancellationToken)).TotalCount });

    /// <summary>The version a choice selects: a version number, or what the options select.</summary>
    public static async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionChoice choice, WorkflowDefinitionService definitions,
        IWorkflowDefinitionStore store, CancellationToken cancellationToken) => choice.Number is { } number
        ? (await store.ListVersionsAsync(definitionId, cancellationToken)).FirstOrDefault(v => v.Version == number)
        : await definitions.FindAsync(definitionId, choice.Options, cancellationToken);

    static IResult NotFound(string id) =>
        Api.Problem.NotFound("definition-not-found", "No such workflow definition.", $"workflow definition {id} does not exist");
}
