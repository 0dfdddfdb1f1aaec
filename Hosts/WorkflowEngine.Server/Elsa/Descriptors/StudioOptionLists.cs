using System.Text.Json.Nodes;

namespace WorkflowEngine.Server.Elsa.Descriptors;

/// <summary>
/// The fixed option lists of the editor's settings tabs. Our engine has one behaviour for each (activation, commit,
/// incidents, log persistence, storage), so each list names that one behaviour instead of pretending to offer choices.
/// </summary>
internal static class StudioOptionLists
{
    /// <summary>The syntaxes an input can be written in; JavaScript is our sandboxed subset (decision 0003).</summary>
    public static JsonObject ExpressionDescriptors() => Items(
        Expression("Literal", "Literal", browsable: true),
        Expression("JavaScript", "JavaScript", browsable: true, new JsonObject { ["MonacoLanguage"] = "javascript" }),
        Expression("Object", "Object", browsable: false, new JsonObject { ["MonacoLanguage"] = "json" }),
        Expression("Variable", "Variable", browsable: false));

    public static JsonObject ActivationStrategies() => Items(Strategy("Default", "Always", "Any number of instances may run at once."));

    public static JsonObject LogPersistenceStrategies() => Items(Strategy("Include", "Include", "Every activity run is written to the instance journal."));

    public static JsonObject IncidentStrategies() =>
        Items(Strategy("Default", "Continue other branches", "A faulted activity becomes an incident on its branch; other branches go on until it is retried."));

    public static JsonObject CommitStrategies() =>
        Items(new JsonObject { ["name"] = "Burst", ["displayName"] = "Per burst", ["description"] = "State is committed once when every branch waits, faults or ends." });

    public static JsonObject StorageDrivers() =>
        Items(new JsonObject { ["typeName"] = "Workflow", ["displayName"] = "Workflow instance", ["priority"] = 0, ["deprecated"] = false });

    public static JsonObject VariableTypes() => Items(
        Variable("String", "String", "Primitives"), Variable("Boolean", "Boolean", "Primitives"), Variable("Int32", "Int32", "Primitives"),
        Variable("Int64", "Int64", "Primitives"), Variable("Double", "Double", "Primitives"), Variable("Decimal", "Decimal", "Primitives"),
        Variable("DateTime", "DateTime", "Primitives"), Variable("Object", "Object", "Primitives"), Variable("String[]", "String[]", "Lists"));

    static JsonObject Items(params JsonObject[] items) => new() { ["items"] = new JsonArray(items), ["count"] = items.Length };

    static JsonObject Expression(string type, string displayName, bool browsable, JsonObject? properties = null) => new()
    {
        ["type"] = type, ["displayName"] = displayName, ["isSerializable"] = true, ["isBrowsable"] = browsable, ["properties"] = properties ?? [],
    };

    static JsonObject Strategy(string typeName, string displayName, string description) =>
        new() { ["typeName"] = typeName, ["displayName"] = displayName, ["description"] = description };

    static JsonObject Variable(string typeName, string displayName, string category) =>
        new() { ["typeName"] = typeName, ["displayName"] = displayName, ["category"] = category, ["description"] = null };
}
