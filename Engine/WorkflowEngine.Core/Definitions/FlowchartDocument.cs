using System.Text.Json.Nodes;

namespace WorkflowEngine.Definitions;

/// <summary>
/// A tolerant reading of an Elsa.Flowchart JSON root: every node and edge as written, known type or not,
/// so the validator can report everything wrong in one pass.
/// </summary>
public sealed record FlowchartDocument(string? RootType, IReadOnlyList<NodeDocument> Nodes, IReadOnlyList<Connection> Connections)
{
    public const string FlowchartType = "Elsa.Flowchart";

    public static FlowchartDocument Read(JsonObject? root)
    {
        if (root is null) return new FlowchartDocument(null, [], []);
        var nodes = (root["activities"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(a => new NodeDocument((string?)a["id"] ?? "", (string?)a["type"] ?? "", (string?)a["name"], a))
            .ToList();
        var connections = (root["connections"] as JsonArray ?? []).OfType<JsonObject>().Select(ReadConnection).ToList();
        return new FlowchartDocument((string?)root["type"], nodes, connections);
    }

    // Elsa 3.0 wrote flat source/sourcePort fields; 3.1 and later nest them. Both occur in the wild.
    static Connection ReadConnection(JsonObject c) => c["source"] is JsonObject source
        ? new Connection((string?)source["activity"] ?? "", (string?)source["port"] ?? "Done",
            (string?)c["target"]?["activity"] ?? "", (string?)c["target"]?["port"] ?? "In")
        : new Connection((string?)c["source"] ?? "", (string?)c["sourcePort"] ?? "Done",
            (string?)c["target"] ?? "", (string?)c["targetPort"] ?? "In");
}

/// <summary>One activity node as written in the definition.</summary>
public sealed record NodeDocument(string Id, string Type, string? Name, JsonObject Json);
