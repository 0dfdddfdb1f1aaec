namespace WorkflowEngine.Approvals.Cases;

/// <summary>A material of a case: received (when), or deferred under a signed commitment until a deadline (容缺).</summary>
public sealed record CaseMaterial(string Code, string Name, DateTimeOffset? ReceivedAt, bool Deferred = false, DateTimeOffset? DeferredUntil = null);
