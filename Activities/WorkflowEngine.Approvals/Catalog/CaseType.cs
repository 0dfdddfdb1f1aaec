namespace WorkflowEngine.Approvals.Catalog;

/// <summary>The national case types: instant (即办件, committed limit 0), commitment (承诺件), joint (联办件), escalated (上报件).</summary>
public enum CaseType { Instant, Commitment, Joint, Escalated }
