namespace WorkflowEngine.Timers;

/// <summary>Whether a wait counts working time on a calendar (days and hours of work) or plain elapsed time.</summary>
public enum DurationCounting { WorkingTime, CalendarTime }
