using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Server.Workbench.Text;

/// <summary>The printable notices' addresses (<c>/cases/{number}/notices/{kind}</c>) and the documents they print.</summary>
public static class NoticeKinds
{
    static readonly Dictionary<string, CaseDocumentKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["receipt"] = CaseDocumentKind.Receipt,
        ["acceptance"] = CaseDocumentKind.AcceptanceNotice,
        ["correction"] = CaseDocumentKind.CorrectionNotice,
        ["refusal"] = CaseDocumentKind.RefusalNotice,
        ["deferred"] = CaseDocumentKind.DeferredMaterialsNotice,
        ["delivery"] = CaseDocumentKind.DeliveryRecord,
    };

    public static CaseDocumentKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    public static string? NameOf(CaseDocumentKind kind) => ByName.FirstOrDefault(p => p.Value == kind).Key;
}
