namespace WorkflowEngine.Approvals.Cases;

/// <summary>The written documents of a case (受理通知书, 不予受理通知书, 一次性告知书, 容缺受理告知书, licences …).</summary>
public enum CaseDocumentKind { Receipt, AcceptanceNotice, RefusalNotice, CorrectionNotice, DeferredMaterialsNotice, DecisionNotice, Licence, DeliveryRecord }

/// <summary>A dated document issued on a case; its content is what the printable notice shows.</summary>
public sealed record CaseDocument(CaseDocumentKind Kind, string Number, DateTimeOffset IssuedAt, string Title, string Content);
