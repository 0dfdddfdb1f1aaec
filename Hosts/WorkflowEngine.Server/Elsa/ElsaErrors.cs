using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Definitions;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Server.Elsa;

/// <summary>
/// Errors in the shape Elsa Studio shows to the designer: a 400 <c>application/problem+json</c> whose <c>errors</c>
/// maps a key to messages (Studio reads it through Refit's ValidationApiException).
/// </summary>
internal static class ElsaErrors
{
    public static ValidationProblem Invalid(IEnumerable<DefinitionValidationError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
        title: "The workflow definition is invalid.");

    public static ValidationProblem Refused(string key, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] }, title: message);

    static string Key(DefinitionValidationError error) =>
        error.ActivityId is null ? error.Property ?? "workflow" : error.Property is null ? error.ActivityId : $"{error.ActivityId}.{error.Property}";
}

/// <summary>Turns the engine's refusals inside /elsa/api into Elsa's 400 <c>errors</c> (validation) or a 404 problem (unknown ids).</summary>
internal sealed class ElsaErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DefinitionValidationException e)
        {
            return ElsaErrors.Invalid(e.Errors);
        }
        catch (DefinitionNotFoundException e)
        {
            return Api.Problem.NotFound("definition-not-found", "No such workflow definition.", e.Message);
        }
        catch (InstanceNotFoundException e)
        {
            return Api.Problem.NotFound("instance-not-found", "No such workflow instance.", e.Message);
        }
    }
}
