using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Catalog.Demo;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Approvals;

/// <summary>Registers the approvals domain: its database context and its services. Its activities are added to the registry with <see cref="AddApprovalActivities"/>.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddApprovals(this IServiceCollection services, PersistenceOptions persistence)
    {
        if (persistence.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<PostgresApprovalsDbContext>(o => o.UseNpgsql(PostgresConnections.Prepare(persistence.ConnectionString),
                x => x.MigrationsHistoryTable(ApprovalsDbContext.MigrationsHistoryTable)));
            services.AddScoped<ApprovalsDbContext>(sp => sp.GetRequiredService<PostgresApprovalsDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteApprovalsDbContext>(o => o.UseSqlite(persistence.ConnectionString,
                x => x.MigrationsHistoryTable(ApprovalsDbContext.MigrationsHistoryTable)));
            services.AddScoped<ApprovalsDbContext>(sp => sp.GetRequiredService<SqliteApprovalsDbContext>());
        }
        services.AddScoped<Tasks.TaskService>();
        services.AddScoped<Cases.CaseService>();
        services.AddScoped<Cases.CaseSession>();
        services.AddScoped<Supervision.RefusalReports>();
        services.AddScoped<Runtime.IBurstObserver, Tasks.CancelTasksOfBurnedBookmarks>();
        services.AddScoped<Cases.SupplementService>();
        services.AddScoped<Assistance.AssistanceRecord>();
        services.AddScoped<Cases.EvaluationService>();
        services.AddScoped<Staff.StaffDirectory>();
        services.AddScoped<Cases.WithdrawalService>();
        services.AddScoped<Cases.CaseQueries>();
        services.AddScoped<Cases.CaseFaults>();
        services.AddOptions<ApprovalsOptions>(); // bound from the host's configuration (section Approvals)
        services.AddScoped<Runtime.IBurstObserver, Cases.PostCaseEvents>();
        services.AddScoped<Integrators.ApiKeys>();
        services.AddScoped<Integrators.IdempotentIntake>();
        services.AddScoped<Integrators.WebhookSubscriptions>();
        services.AddScoped<Integrators.WebhookDeliveries>();
        services.AddScoped<Integrators.WebhookFanOut>();
        services.AddScoped<Integrators.WebhookFigures>();
        services.AddScoped<Workbench.CaseAccess>();
        services.AddScoped<Workbench.CaseDesk>();
        services.AddScoped<Workbench.Inbox>();
        services.AddScoped<Workbench.IntakeDesk>();
        services.AddScoped<Workbench.SpecialProcedure>();
        services.AddScoped<Workbench.SupervisionDesk>();
        services.AddScoped<Workbench.AssistanceDesk>();
        services.AddScoped<Workbench.CaseStatistics>();
        services.AddSingleton<CatalogValidator>();
        services.AddScoped<CatalogService>();
        services.AddSingleton<IInputOptionsProvider, DepartmentOptions>();
        services.AddSingleton<IInputOptionsProvider, MatterOptions>();
        services.AddSingleton<IInputOptionsProvider, PackageOptions>();
        services.AddSingleton<IInputOptionsProvider, AssistanceItemOptions>();
        return services;
    }

    /// <summary>Adds the 政务审批 activities to the engine's registry (pass to <c>AddWorkflowEngine</c>).</summary>
    public static void AddApprovalActivities(Descriptors.ActivityRegistry registry) => registry.AddFrom(typeof(ServiceCollectionExtensions).Assembly);

    /// <summary>Brings the approvals tables up to date; run after the engine's migration.</summary>
    public static async Task MigrateApprovalsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrationLock.MigrateAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), cancellationToken);
    }

    /// <summary>Adds the demo catalog's entries that are missing (<see cref="DemoCatalog"/>); returns how many were added.</summary>
    public static async Task<int> LoadDemoCatalogAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        // A demo that breaks its own rules (a promise longer than the law's limit) fails at start-up, not on a case.
        var problems = scope.ServiceProvider.GetRequiredService<CatalogValidator>().Check(DemoCatalog.Read());
        if (problems.Count > 0)
            throw new InvalidOperationException("The demo catalog is invalid: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
        return await DemoCatalog.LoadAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(), cancellationToken);
    }

    /// <summary>Adds the demo accounts that are missing (<see cref="Staff.DemoStaff"/>), for the departments in the database.</summary>
    public static async Task<int> LoadDemoStaffAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        return await Staff.DemoStaff.LoadAsync(scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>(),
            scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System, cancellationToken);
    }
}
