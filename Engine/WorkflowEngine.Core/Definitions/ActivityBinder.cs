using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Definitions;

/// <summary>Creates the activity object of a node and sets its inputs and outputs from the node's Elsa JSON.</summary>
internal static class ActivityBinder
{
    public static Activity Bind(NodeDocument node, ActivityRegistration registration, ICollection<DefinitionValidationError> errors)
    {
        var activity = registration.Create();
        activity.Id = node.Id;
        activity.Name = node.Name;
        activity.Type = registration.TypeName;
        foreach (var input in registration.Inputs)
        {
            try
            {
                BindInput(activity, node.Json[input.JsonName], input);
            }
            catch (Exception e) when (e is FormatException or JsonException or ArgumentException or InvalidOperationException or OverflowException)
            {
                errors.Add(new DefinitionValidationError(node.Id, node.Type, input.Name, $"the value cannot be read as {TypeAliases.For(input.ValueType)}: {e.Message}"));
            }
        }
        foreach (var output in registration.Outputs)
        {
            var reference = (string?)(node.Json[output.JsonName]?["memoryReference"]?["id"]);
            if (reference is not null)
                output.Property.SetValue(activity, Activator.CreateInstance(output.Property.PropertyType, reference));
        }
        return activity;
    }

    static void BindInput(Activity activity, JsonNode? json, InputProperty input)
    {
        if (!input.IsWrapped)
        {
            if (json is not null) input.Property.SetValue(activity, json.Deserialize(input.ValueType, WorkflowJson.Options));
            return;
        }
        var expression = ReadExpression(json);
        if (expression is null)
        {
            if (input.Property.GetValue(activity) is null && input.Attribute.DefaultValue is { } fallback)
                input.Property.SetValue(activity, CreateInput(input, Expression.FromLiteral(Convert.ToString(fallback, System.Globalization.CultureInfo.InvariantCulture))));
            return;
        }
        if (expression.Type == Expression.Literal && expression.Value is not null)
            _ = ValueConverter.FromJsonNode(expression.Value, input.ValueType); // fail now, at publish, not when a case arrives
        input.Property.SetValue(activity, CreateInput(input, expression));
    }

    static object CreateInput(InputProperty input, Expression expression) =>
        input.Property.PropertyType.GetConstructor([typeof(Expression)])!.Invoke([expression]);

    /// <summary>Reads Elsa's wrapped input <c>{"typeName", "expression": {"type", "value"}}</c>; a bare value counts as a literal.</summary>
    internal static Expression? ReadExpression(JsonNode? json)
    {
        if (json is null) return null;
        if (json is JsonObject wrapper && wrapper.ContainsKey("expression"))
        {
            if (wrapper["expression"] is not JsonObject e) return null;
            var type = (string?)e["type"] ?? Expression.Literal;
            var value = e["value"];
            if (value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0 && type != Expression.Literal))
                return null;
            return new Expression(type, value.DeepClone());
        }
        return new Expression(Expression.Literal, json.DeepClone());
    }
}
