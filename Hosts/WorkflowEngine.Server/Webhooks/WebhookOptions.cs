namespace WorkflowEngine.Server.Webhooks;

/// <summary>The webhook dispatcher's settings, bound from the "Webhooks" section; short intervals make tests run in seconds.</summary>
public sealed class WebhookOptions
{
    /// <summary>False stops this node from dispatching (another node still does).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How long the dispatcher sleeps when it found nothing to do.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>The first retry's delay; each later one doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Attempts made in a row (Polly) before a failing delivery is put back to wait.</summary>
    public int AttemptsPerClaim { get; set; } = 3;
    /// <summary>Attempts after which a delivery is dead-lettered (redeliver it through the API).</summary>
    public int MaxAttempts { get; set; } = 12;
    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Deliveries claimed per round; events of one case are never sent at once.</summary>
    public int BatchSize { get; set; } = 50;
    /// <summary>How many deliveries (of different cases) are sent at the same time.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// How long a claim holds: longer than every attempt of a claim and the waits between them can take, so no other node
    /// sends the same delivery while this one still works on it.
    /// </summary>
    public TimeSpan ClaimLease => AttemptTimeout * AttemptsPerClaim + RetryDelay * (1 << Math.Min(AttemptsPerClaim, 10)) + TimeSpan.FromSeconds(30);
}
