namespace WorkflowEngine.Calendar;

/// <summary>Why a clock stopped; the domain above maps its own pause reasons onto these.</summary>
public enum PauseReason
{
    Correction,
    Assistance,
    Hearing,
    ExpertReview,
    Inspection,
    Other,
}
