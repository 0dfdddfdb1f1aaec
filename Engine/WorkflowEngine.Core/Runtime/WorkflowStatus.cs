namespace WorkflowEngine.Runtime;

/// <summary>Whether an instance can still move; the sub-status says where it stands.</summary>
public enum WorkflowStatus { Running, Finished }

/// <summary>Elsa's sub-statuses: Executing inside a burst, Suspended on bookmarks, Faulted with open incidents.</summary>
public enum WorkflowSubStatus { Executing, Suspended, Faulted, Finished, Cancelled }
