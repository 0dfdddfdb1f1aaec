using System.Text.Json.Nodes;

namespace WorkflowEngine.Activities;

/// <summary>An input's expression as Elsa writes it: a syntax ("Literal", "JavaScript", "Variable", "Object") and its value.</summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    public const string Literal = "Literal";
    public const string JavaScript = "JavaScript";
    public const string Variable = "Variable";
    public const string Object = "Object";

    public static Expression FromLiteral(string? value) => new(Literal, value is null ? null : JsonValue.Create(value));
    public static Expression FromJavaScript(string script) => new(JavaScript, JsonValue.Create(script));

    /// <summary>The value as text, which is how Elsa stores literals and scripts.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };
}
