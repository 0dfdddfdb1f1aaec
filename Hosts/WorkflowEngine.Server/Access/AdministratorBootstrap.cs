using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Staff;

namespace WorkflowEngine.Server.Access;

/// <summary>
/// A deployment without demo data still needs a first administrator: when <c>Access:Administrator:UserName</c> and
/// <c>Password</c> are configured and no active administrator exists, one is created at start-up (with the service
/// centre department, if the catalog has none yet). Once administrators exist the settings are ignored.
/// </summary>
public static class AdministratorBootstrap
{
    /// <summary>Bound from "Access:Administrator".</summary>
    public sealed class Options
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string DepartmentCode { get; set; } = "CENTRE";
    }

    public static async Task EnsureAdministratorAsync(this IServiceProvider services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Access:Administrator").Get<Options>();
        if (string.IsNullOrWhiteSpace(options?.UserName) || string.IsNullOrEmpty(options.Password)) return;
        await using var scope = services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogService>();
        if (!(await catalog.ListDepartmentsAsync()).Any(d => d.Code == options.DepartmentCode))
            await catalog.SaveDepartmentAsync(new Department { Code = options.DepartmentCode, Name = "政务服务中心", IsServiceCentre = true });
        if (await scope.ServiceProvider.GetRequiredService<StaffDirectory>().EnsureAdministratorAsync(options.UserName, options.Password, options.DepartmentCode))
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdministratorBootstrap))
                .LogWarning("Created the first administrator {UserName}; remove Access:Administrator:Password from the configuration.", options.UserName);
    }
}
