namespace WorkflowEngine.Server.Integrators;

/// <summary>Limits of the integrator API, bound from the "Integrators" section.</summary>
public sealed class IntegratorOptions
{
    /// <summary>Requests one key may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 600;
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>The largest request body an integrator endpoint reads (413 <c>payload-too-large</c> beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
