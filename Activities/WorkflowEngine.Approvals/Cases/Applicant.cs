namespace WorkflowEngine.Approvals.Cases;

/// <summary>Who applies: a person or an organisation, with the identity the window checks and a way to reach them.</summary>
public sealed record Applicant(string Name, string IdType, string IdNumber, string? Phone = null, string? Organization = null);
