using System.Reflection;
using WorkflowEngine.Approvals.Integrators;

namespace WorkflowEngine.Server.Integrators;

/// <summary>The integrator calling, as its API key says: who, for which departments, with which scopes.</summary>
public sealed class ApiCaller(ApiKey key)
{
    internal const string ItemKey = "integrator.caller";

    public ApiKey Key { get; } = key;
    public string IntegratorId => Key.IntegratorId;

    /// <summary>The key's departments for a query filter, or null when it covers them all.</summary>
    public IReadOnlyList<string>? DepartmentFilter => Key.CoversAllDepartments ? null : Key.Departments;

    /// <summary>Refuses (403 <c>department-not-allowed</c>) unless the key covers at least one of the departments.</summary>
    public void MustCoverAny(IReadOnlyCollection<string> departments, string what)
    {
        if (Key.CoversAllDepartments || departments.Any(Key.CoversDepartment)) return;
        throw new IntegratorRefusedException("department-not-allowed",
            $"this API key acts for {string.Join(", ", Key.Departments)}; {what} belongs to {string.Join(", ", departments)}");
    }

    /// <summary>Set by <see cref="IntegratorGate"/> before the endpoint runs.</summary>
    public static ValueTask<ApiCaller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Items[ItemKey] as ApiCaller);
}
