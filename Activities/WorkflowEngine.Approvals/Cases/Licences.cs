using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Data;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The written approval (准予许可决定书) and the licences an approved case hands out (准予许可 and the licence, Administrative Licensing Law art. 39): one per matter
/// that issues one, with its number, the holder, the matter, the issuing department and the date.
/// </summary>
internal static class Licences
{
    public static async Task IssueAsync(ApprovalsDbContext db, Case @case, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var all = await db.Matters.AsNoTracking().Where(m => @case.MatterCodes.Contains(m.Code)).ToListAsync(cancellationToken);
        CaseDocuments.Issue(@case, CaseDocumentKind.DecisionNotice, at, "准予许可决定书",
            $"办件编号：{@case.Number}。申请人：{@case.Applicant.Name}。经审查，您申请的{string.Join("、", all.Select(m => m.Name))}符合法定条件、标准，决定准予许可。");
        var matters = all.Where(m => m.LicenceName is { Length: > 0 }).ToList();
        if (matters.Count == 0) return;
        var codes = matters.Select(m => m.DepartmentCode).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var holder = @case.Applicant.Organization is { Length: > 0 } organization ? organization : @case.Applicant.Name;
        foreach (var (matter, index) in @case.MatterCodes.Select(code => matters.FirstOrDefault(m => m.Code == code)).OfType<Catalog.Matter>().Select((m, i) => (m, i + 1)))
        {
            var number = $"{@case.Number}-L{index:D2}";
            CaseDocuments.Issue(@case, CaseDocumentKind.Licence, at, matter.LicenceName!,
                $"证照名称：{matter.LicenceName}。证照编号：{number}。持证人：{holder}（{@case.Applicant.IdType} {@case.Applicant.IdNumber}）。"
                + $"许可事项：{matter.Name}（{matter.Code}）。发证机关：{departments.GetValueOrDefault(matter.DepartmentCode, matter.DepartmentCode)}。"
                + $"发证日期：{at.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd}。");
        }
    }
}
