using System.Text.Json;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog.Demo;
using WorkflowEngine.Calendar;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Approvals.Catalog;

/// <summary>
/// Checks a catalog entry against the rest of the catalog and names every problem in one pass, so an administrator
/// fixes them all at once. Pure: the caller passes the departments and matters it read.
/// </summary>
public sealed class CatalogValidator(JavaScriptEvaluator javaScript)
{
    /// <summary>Every problem of a whole catalog, each prefixed with its entry's code; empty when it may be loaded.</summary>
    public IReadOnlyList<CatalogProblem> Check(CatalogContent content)
    {
        var departments = content.Departments.Select(d => d.Code).ToHashSet();
        var matters = content.Matters.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First());
        IEnumerable<CatalogProblem> Of(string code, IEnumerable<CatalogProblem> problems) => problems.Select(p => p with { Field = $"{code}.{p.Field}" });
        return
        [
            .. content.Departments.SelectMany(d => Of(d.Code, Check(d))),
            .. content.Matters.SelectMany(m => Of(m.Code, Check(m, departments))),
            .. content.AssistanceItems.SelectMany(i => Of(i.Code, Check(i, departments))),
            .. content.Packages.SelectMany(p => Of(p.Code, Check(p, matters, departments))),
        ];
    }

    public IReadOnlyList<CatalogProblem> Check(Department department)
    {
        var problems = new Problems();
        problems.Code(department.Code);
        problems.Text("name", department.Name);
        return problems;
    }

    public IReadOnlyList<CatalogProblem> Check(Matter matter, IReadOnlySet<string> departments)
    {
        var problems = new Problems();
        problems.Code(matter.Code);
        problems.Text("name", matter.Name);
        problems.Department("departmentCode", matter.DepartmentCode, departments);
        var statutory = problems.Limit("statutoryLimit", matter.StatutoryLimit);
        var committed = problems.Limit("committedLimit", matter.CommittedLimit);
        if (statutory is { } s && committed is { } c && CommittedLimits.Exceeds(c, s))
            problems.Add("committed-above-statutory", "committedLimit",
                $"The committed limit {c} is longer than the statutory limit {s}; a promise may only shorten the law's limit.");
        if (matter.CaseType == CaseType.Instant && committed is { IsZero: false })
            problems.Add("instant-needs-zero-limit", "committedLimit",
                $"An instant matter (即办件) is done on the spot: its committed limit must be 0d, not {committed}.");
        foreach (var (material, index) in matter.Materials.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(material.Code) || string.IsNullOrWhiteSpace(material.Name))
                problems.Add("invalid-material", $"materials[{index}]", $"Material {index + 1} needs a code and a name.");
        }
        foreach (var duplicate in matter.Materials.GroupBy(m => m.Code).Where(g => g.Count() > 1 && !string.IsNullOrWhiteSpace(g.Key)))
            problems.Add("duplicate-material", "materials", $"The material code '{duplicate.Key}' appears {duplicate.Count()} times; each material needs its own code.");
        if (!string.IsNullOrWhiteSpace(matter.InstantApprovalRule) && javaScript.CheckSyntax(matter.InstantApprovalRule) is { } syntax)
            problems.Add("invalid-instant-approval-rule", "instantApprovalRule",
                $"The instant-approval rule is not valid JavaScript: {syntax.Message} (line {syntax.Line}, column {syntax.Column}).");
        return problems;
    }

    public IReadOnlyList<CatalogProblem> Check(AssistanceItem item, IReadOnlySet<string> departments)
    {
        var problems = new Problems();
        problems.Code(item.Code);
        problems.Department("requestingDepartmentCode", item.RequestingDepartmentCode, departments);
        problems.Department("assistingDepartmentCode", item.AssistingDepartmentCode, departments);
        if (item.RequestingDepartmentCode == item.AssistingDepartmentCode)
            problems.Add("assisting-itself", "assistingDepartmentCode", "A department cannot be listed as assisting itself.");
        problems.Text("content", item.Content);
        problems.Limit("timeLimit", item.TimeLimit);
        return problems;
    }

    public IReadOnlyList<CatalogProblem> Check(Package package, IReadOnlyDictionary<string, Matter> matters, IReadOnlySet<string> departments)
    {
        var problems = new Problems();
        problems.Code(package.Code);
        problems.Text("name", package.Name);
        var committed = problems.Limit("committedLimit", package.CommittedLimit);
        var statutoryReadable = string.IsNullOrWhiteSpace(package.StatutoryLimit) || problems.Limit("statutoryLimit", package.StatutoryLimit) is not null;
        var known = package.Members.Where(m => matters.ContainsKey(m.MatterCode)).Select(m => matters[m.MatterCode]).ToList();
        if (committed is { } c && statutoryReadable && known.Count > 0
            && CommittedLimits.Statutory(package, known) is var statutory && CommittedLimits.Exceeds(c, statutory))
            problems.Add("committed-above-statutory", "committedLimit",
                $"The committed limit {c} is longer than the package's statutory limit {statutory}; a promise may only shorten the law's limit.");
        if (package.Members.Count == 0)
            problems.Add("no-members", "members", "A package needs at least one member matter.");
        var members = package.Members.Select(m => m.MatterCode).ToHashSet();
        foreach (var (member, index) in package.Members.Select((m, i) => (m, i)))
        {
            if (!matters.ContainsKey(member.MatterCode))
                problems.Add("unknown-matter", $"members[{index}].matterCode", $"The member matter '{member.MatterCode}' is not in the catalog.");
            foreach (var dependency in member.DependsOn ?? [])
            {
                if (!members.Contains(dependency))
                    problems.Add("dependency-not-member", $"members[{index}].dependsOn",
                        $"'{member.MatterCode}' depends on '{dependency}', which is not a member of this package.");
            }
        }
        foreach (var duplicate in package.Members.GroupBy(m => m.MatterCode).Where(g => g.Count() > 1))
            problems.Add("duplicate-member", "members", $"The matter '{duplicate.Key}' is a member more than once.");
        if (DependencyCycle(package.Members) is { } cycle)
            problems.Add("dependency-cycle", "members", $"The members depend on each other in a circle: {string.Join(" → ", cycle)}.");
        var materials = package.Members.SelectMany(m => matters.TryGetValue(m.MatterCode, out var matter) ? matter.Materials : [])
            .Select(m => m.Code).ToHashSet();
        foreach (var (rule, index) in package.MaterialRules.Select((r, i) => (r, i)))
        {
            if (!materials.Contains(rule.MaterialCode))
                problems.Add("unknown-material", $"materialRules[{index}].materialCode",
                    $"The material '{rule.MaterialCode}' is not a material of any member matter.");
            if (rule.DepartmentCodes.Count == 0)
                problems.Add("no-departments", $"materialRules[{index}].departmentCodes", $"The rule for '{rule.MaterialCode}' sends it to no department.");
            foreach (var department in rule.DepartmentCodes)
                problems.Department($"materialRules[{index}].departmentCodes", department, departments);
        }
        if (!IsJson(package.FormSchema))
            problems.Add("invalid-form-schema", "formSchema", "The form schema is not valid JSON.");
        return problems;
    }

    /// <summary>The first circle found among the members' dependencies, as the codes along it, or null.</summary>
    static List<string>? DependencyCycle(IReadOnlyList<PackageMember> members)
    {
        var dependsOn = members.GroupBy(m => m.MatterCode).ToDictionary(g => g.Key, g => g.SelectMany(m => m.DependsOn ?? []).ToList());
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string code)
        {
            if (path.IndexOf(code) is var at and >= 0)
                return [.. path[at..], code];
            if (!done.Add(code))
                return null;
            path.Add(code);
            foreach (var next in dependsOn.GetValueOrDefault(code) ?? [])
            {
                if (Visit(next) is { } cycle)
                    return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return dependsOn.Keys.Select(Visit).FirstOrDefault(c => c is not null);
    }

    static bool IsJson(string? text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text ?? "");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    sealed class Problems : List<CatalogProblem>
    {
        public void Add(string code, string field, string message) => Add(new CatalogProblem(code, field, message));

        public void Code(string? code)
        {
            if (string.IsNullOrWhiteSpace(code) || code.Length > 32 || code.Any(c => char.IsWhiteSpace(c) || c == '/'))
                Add("invalid-code", "code", $"The code '{code}' must be 1 to 32 characters with no spaces or slashes.");
        }

        public void Text(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
                Add("missing-" + field, field, $"The {field} must not be empty.");
        }

        public void Department(string field, string? code, IReadOnlySet<string> departments)
        {
            if (code is null || !departments.Contains(code))
                Add("unknown-department", field, $"The department '{code}' is not in the catalog.");
        }

        public WorkingDuration? Limit(string field, string? text)
        {
            if (WorkingDuration.TryParse(text, out var limit))
                return limit;
            Add("invalid-limit", field, $"'{text}' is not a working duration: write a number followed by d, h or m, such as 20d, 0.5d or 5m.");
            return null;
        }
    }
}
