namespace WorkflowEngine.Approvals.Staff;

/// <summary>What became of a sign-in attempt; the member (and their department's name, for display) only when it succeeded.</summary>
public sealed record SignInResult(SignInOutcome Outcome, StaffMember? Member = null, DateTimeOffset? LockedUntil = null, string? DepartmentName = null);

/// <summary>Why a sign-in did or did not succeed. Unknown users and wrong passwords look the same to the caller.</summary>
public enum SignInOutcome { SignedIn, Refused, LockedOut }
