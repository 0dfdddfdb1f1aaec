using WorkflowEngine;
using WorkflowEngine.Approvals;
using WorkflowEngine.Persistence;
using WorkflowEngine.Scheduling;
using WorkflowEngine.Server;
using WorkflowEngine.Server.Access;
using WorkflowEngine.Server.Localization;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Endpoints.Supervision;
using WorkflowEngine.Server.Endpoints.Calendars;
using WorkflowEngine.Server.Endpoints.Catalog;
using WorkflowEngine.Server.Endpoints.Staff;
using WorkflowEngine.Server.Endpoints.Operations;
using WorkflowEngine.Server.Integrators;
using WorkflowEngine.Server.Designer;
using WorkflowEngine.Server.Elsa;
using WorkflowEngine.Server.Workbench;

var builder = WebApplication.CreateBuilder(args);
var persistence = builder.Configuration.GetSection("Persistence").Get<PersistenceOptions>() ?? new PersistenceOptions();

builder.Services.AddClock(builder.Configuration, builder.Environment);
builder.Services.AddWorkflowEngine(WorkflowEngine.Approvals.ServiceCollectionExtensions.AddApprovalActivities);
builder.Services.AddWorkflowPersistence(persistence);
builder.Services.AddApprovals(persistence);
builder.Services.Configure<ApprovalsOptions>(builder.Configuration.GetSection("Approvals"));
builder.Services.AddWorkflowScheduling(builder.Configuration.GetSection("Scheduling").Get<SchedulingOptions>() ?? new SchedulingOptions(), persistence);
builder.Services.AddApiConventions();
builder.Services.AddSupervisionSettings(builder.Configuration);
builder.Services.AddAdministratorKey(builder.Configuration);
builder.Services.AddAccess(builder.Configuration);
builder.Services.AddIntegratorApi(builder.Configuration);
builder.Services.AddDesigner(builder.Configuration);
builder.Services.AddWorkbench();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
await app.Services.MigrateWorkflowDatabaseAsync();
await app.Services.MigrateApprovalsDatabaseAsync();
if (app.Configuration.GetValue("Approvals:LoadDemoCatalog", true))
{
    await app.Services.LoadDemoCatalogAsync();
    await app.Services.LoadDemoStaffAsync();
    await WorkflowEngine.Approvals.Samples.SampleWorkflows.LoadAsync(app.Services);
}
await app.Services.EnsureAdministratorAsync(app.Configuration);
app.UseApiConventions();
app.UseCultures();
// Routing first (inside UseIntegratorApi), so authorization sees the endpoint and its policy.
app.UseIntegratorApi();
app.UseAccess();
app.MapAccessEndpoints();
app.MapHealthChecks("/health");
app.MapSupervisionEndpoints();
app.MapCalendarEndpoints();
app.MapCatalogEndpoints();
app.MapStaffEndpoints();
app.MapOperationsEndpoints();
app.MapIntegratorEndpoints();
app.MapElsaApi();
app.MapDesigner();
// A node may serve only the API (and the designer) behind a load balancer: Workbench:Enabled=false.
if (app.Configuration.GetValue("Workbench:Enabled", true))
    app.MapWorkbench();
app.Run();

/// <summary>Lets integration tests start the server in-process.</summary>
public partial class Program;
