namespace WorkflowEngine.Definitions;

/// <summary>One problem with a definition, naming the activity (and input) it concerns.</summary>
public sealed record DefinitionValidationError(string? ActivityId, string? ActivityType, string? Property, string Message)
{
    public override string ToString() => ActivityId is null ? Message : $"{ActivityId} ({ActivityType}){(Property is null ? "" : "." + Property)}: {Message}";
}

/// <summary>Thrown when a definition cannot be published or run because it is invalid.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<DefinitionValidationError> errors)
    : Exception("The workflow definition is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<DefinitionValidationError> Errors { get; } = errors;
}
