namespace WorkflowEngine.Approvals.Cases;

/// <summary>Issues the dated documents of a case, numbered after the case.</summary>
public static class CaseDocuments
{
    public static CaseDocument Issue(Case @case, CaseDocumentKind kind, DateTimeOffset at, string title, string content)
    {
        var document = new CaseDocument(kind, $"{@case.Number}-{@case.Documents.Count + 1:D2}", at, title, content);
        @case.Documents.Add(document);
        return document;
    }
}
