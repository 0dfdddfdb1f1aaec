namespace WorkflowEngine.Server.Api;

/// <summary>A query or route value that is missing or malformed; answered as 400 <c>invalid-query</c> naming the parameter.</summary>
public sealed class InvalidQueryException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
