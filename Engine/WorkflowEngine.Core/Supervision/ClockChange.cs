using WorkflowEngine.Calendar;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Supervision;

/// <summary>One change of a clock, decided but not yet written: its new state, the revision it replaces and its journal lines.</summary>
/// <remarks>
/// A change is plain data so that it can be written on its own (<see cref="IClockStore.SaveAsync"/>) or, later, as part of
/// a workflow burst, in the burst's transaction.
/// </remarks>
/// <param name="Clock">The clock after the change, carrying the revision it will have once written.</param>
/// <param name="ExpectedRevision">The revision the change was decided on; null for a new clock.</param>
/// <param name="Status">The clock read at the instant of the change (due date, pause, completion for the row's columns).</param>
public sealed record ClockChange(StoredClock Clock, long? ExpectedRevision, ClockStatus Status, IReadOnlyList<JournalEntry> Journal);
