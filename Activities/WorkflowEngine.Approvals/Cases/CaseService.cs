using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// Takes applications in: checks them against the catalog, numbers the case and starts its workflow, writing the case
/// in the same transaction as the instance's first burst, so there is never a case without a process or the reverse.
/// </summary>
public sealed class CaseService(ApprovalsDbContext db, WorkflowRuntime runtime, TimeProvider time, IWorkingCalendars calendars)
{
    static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public Task<Case> CreateAsync(NewCase application, CancellationToken cancellationToken = default) =>
        CreateAsync(application, alongside: null, cancellationToken);

    /// <summary>
    /// Takes an application in and commits <paramref name="alongside"/>'s rows with the case (an integrator's idempotency
    /// record), so both exist or neither does.
    /// </summary>
    public async Task<Case> CreateAsync(NewCase application, Action<Case, ApprovalsChanges>? alongside, CancellationToken cancellationToken = default)
    {
        var (package, matters) = await ResolveAsync(application, cancellationToken);
        var materials = CheckMaterials(application, matters);
        if (string.IsNullOrWhiteSpace(application.Applicant.Name) || string.IsNullOrWhiteSpace(application.Applicant.IdNumber))
            throw new CaseRefusedException("invalid-applicant", "the applicant's name and ID number are required");
        var definitionId = application.WorkflowDefinitionId ?? package?.WorkflowDefinitionId
            ?? throw new CaseRefusedException("no-workflow", "no workflow is set up for this application");

        var now = time.GetUtcNow();
        var deferredUntil = await DeferralDeadlineAsync(application, package, matters, materials, now, cancellationToken);
        var instanceId = Guid.CreateVersion7().ToString("N");
        var @case = new Case
        {
            Number = CaseNumber.New(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Beijing).DateTime)),
            PackageCode = package?.Code,
            MatterCodes = matters.Select(m => m.Code).ToList(),
            Applicant = application.Applicant,
            Form = (application.Form ?? []).ToJsonString(WorkflowJson.Options),
            Materials = materials.Select(m => m with { ReceivedAt = m.Deferred ? null : now, DeferredUntil = m.Deferred ? deferredUntil : null }).ToList(),
            ReceivedAt = now,
            ReceivedBy = application.ReceivedBy,
            InstanceId = instanceId,
        };
        var input = new JsonObject
        {
            ["caseNumber"] = @case.Number,
            ["packageCode"] = @case.PackageCode,
            ["matterCodes"] = new JsonArray(@case.MatterCodes.Select(c => (JsonNode)c).ToArray()),
            ["applicant"] = JsonSerializer.SerializeToNode(@case.Applicant, WorkflowJson.Options),
            ["form"] = application.Form?.DeepClone() ?? new JsonObject(),
            ["deferredMaterials"] = new JsonArray(materials.Where(m => m.Deferred).Select(m => (JsonNode)m.Code).ToArray()),
        };
        var received = string.Join("、", @case.Materials.Where(m => !m.Deferred).Select(m => m.Name));
        CaseDocuments.Issue(@case, CaseDocumentKind.Receipt, now, "收件回执", $"申请人 {@case.Applicant.Name} 提交的材料已收到：{received}。");
        var changes = new ApprovalsChanges().Add(@case);
        foreach (var matter in matters)
            changes.Add(new CaseMatter { CaseNumber = @case.Number, MatterCode = matter.Code, DepartmentCode = matter.DepartmentCode });
        alongside?.Invoke(@case, changes);
        await runtime.StartAsync(definitionId, new StartRequest(input, @case.Number, package?.Name ?? matters[0].Name)
            {
                InstanceId = instanceId,
                PrepareScope = services => services.GetRequiredService<CaseSession>().Prime(@case),
            },
            changes, cancellationToken);
        return @case;
    }

    public async Task<Case?> FindAsync(string number, CancellationToken cancellationToken = default) =>
        await ApprovalsQueries.For(db).CaseByNumber(db, number, cancellationToken);

    /// <summary>The deferred materials' deadline the window asked for: a working duration within the committed limit (容缺期限不得超过承诺时限).</summary>
    async Task<DateTimeOffset?> DeferralDeadlineAsync(NewCase application, Package? package, IReadOnlyList<Matter> matters, List<CaseMaterial> materials,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (application.DeferralDeadline is null) return null;
        if (!materials.Any(m => m.Deferred))
            throw new CaseRefusedException("invalid-deferral-deadline", "a deferral deadline is given but no material is deferred");
        if (!WorkingDuration.TryParse(application.DeferralDeadline, out var deadline))
            throw new CaseRefusedException("invalid-deferral-deadline", $"'{application.DeferralDeadline}' is not a working duration such as 3d");
        var limit = await CommittedLimits.ForAsync(db, package?.Code, matters.Select(m => m.Code).ToList(), cancellationToken);
        if (CommittedLimits.Exceeds(deadline, limit))
            throw new CaseRefusedException("deferral-deadline-exceeds-committed-limit",
                $"the deadline for deferred materials ({deadline}) may not exceed the committed limit ({limit})", [deadline.ToString(), limit.ToString()]);
        return (await calendars.GetAsync("cn", cancellationToken)).AddWorkingTime(now, deadline);
    }

    async Task<(Package? Package, IReadOnlyList<Matter> Matters)> ResolveAsync(NewCase application, CancellationToken cancellationToken)
    {
        if ((application.PackageCode is null) == (application.MatterCodes is not { Count: > 0 }))
            throw new CaseRefusedException("invalid-application", "apply for either a package or one or more matters");
        Package? package = null;
        var codes = application.MatterCodes?.ToList() ?? [];
        if (application.PackageCode is { } packageCode)
        {
            package = await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == packageCode, cancellationToken)
                ?? throw new CaseRefusedException("unknown-package", $"there is no package '{packageCode}' in the catalog");
            codes = package.Members.Select(m => m.MatterCode).ToList();
        }
        var matters = await db.Matters.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(cancellationToken);
        var unknown = codes.Except(matters.Select(m => m.Code)).ToList();
        if (unknown.Count > 0)
            throw new CaseRefusedException("unknown-matter", $"unknown matter code: {string.Join(", ", unknown)}", unknown);
        return (package, codes.Select(c => matters.First(m => m.Code == c)).ToList());
    }

    /// <summary>Every required material is handed in, or deferred where the matter allows it (容缺); nothing unknown.</summary>
    static List<CaseMaterial> CheckMaterials(NewCase application, IReadOnlyList<Matter> matters)
    {
        var needed = matters.SelectMany(m => m.Materials).GroupBy(m => m.Code).Select(g => g.First()).ToList();
        var received = (application.MaterialsReceived ?? []).ToHashSet(StringComparer.Ordinal);
        var deferred = (application.MaterialsDeferred ?? []).ToHashSet(StringComparer.Ordinal);
        var unknown = received.Concat(deferred).Where(code => needed.All(n => n.Code != code)).ToList();
        if (unknown.Count > 0)
            throw new CaseRefusedException("unknown-material", $"these materials are not asked for: {string.Join(", ", unknown)}", unknown);
        var notDeferrable = needed.Where(n => deferred.Contains(n.Code) && !n.Deferrable).Select(n => $"{n.Code} {n.Name}").ToList();
        if (notDeferrable.Count > 0)
            throw new CaseRefusedException("material-not-deferrable", $"these materials cannot be deferred: {string.Join(", ", notDeferrable)}", notDeferrable);
        var missing = needed.Where(n => n.Required && !received.Contains(n.Code) && !deferred.Contains(n.Code)).Select(n => $"{n.Code} {n.Name}").ToList();
        if (missing.Count > 0)
            throw new CaseRefusedException("required-material-missing", $"required materials are missing: {string.Join(", ", missing)}", missing);
        return needed.Where(n => received.Contains(n.Code) || deferred.Contains(n.Code))
            .Select(n => new CaseMaterial(n.Code, n.Name, null, Deferred: deferred.Contains(n.Code))).ToList();
    }
}
