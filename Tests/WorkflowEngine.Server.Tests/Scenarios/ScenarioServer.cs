using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>The server the scenarios walk cases on: the integrator API with its rate limit out of the way, and no invented next-year table.</summary>
internal static class ScenarioServer
{
    /// <summary>Every department of the demo catalog, for a key that may act on any case.</summary>
    public static readonly string[] AllDepartments = ["CENTRE", "SAMR", "PSB", "TAX", "HRSS", "HPF", "BANK", "URBAN", "FIRE", "HEALTH", "MEDINS", "DRC", "PLAN", "HOUSING"];

    /// <summary>The scenarios' settings plus <paramref name="extra"/>.</summary>
    /// <remarks>A walk is dozens of requests; the scenarios are one integrator doing many at once, not a client to throttle.</remarks>
    public static Dictionary<string, string> Settings(IDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string> { ["Integrators__RateLimitPermits"] = "1000000" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    public static Task<IntegratorServer> StartAsync(TestDatabase database, IDictionary<string, string>? extra = null) =>
        IntegratorServer.StartAsync(database, Settings(extra), loadNextYear: false);
}
