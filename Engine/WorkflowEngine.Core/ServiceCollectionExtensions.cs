using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Definitions;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Expressions;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine;

/// <summary>Registers the engine: activity registry with the built-in activities, compiler, executor, runtime, clocks and alerts.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<ActivityRegistry>? activities = null)
    {
        var registry = new ActivityRegistry().AddFrom(typeof(ServiceCollectionExtensions).Assembly);
        activities?.Invoke(registry);
        services.AddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new JavaScriptEvaluator());
        services.TryAddSingleton<Calendar.IWorkingCalendars, Calendar.BuiltInWorkingCalendars>();
        services.AddSingleton<WorkflowCompiler>();
        services.AddSingleton<FlowchartExecutor>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<Timers.TimerSweep>();
        services.AddScoped<WorkflowDefinitionService>();
        services.AddScoped<WorkflowDefinitionTransfer>();
        services.AddSupervisionServices();
        return services;
    }
}
