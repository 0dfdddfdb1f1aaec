using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Catalog;

/// <summary>Each rule refuses a bad entry with its code, and a refused change leaves the catalog as it was.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CatalogValidationTests(TestDatabase database)
{
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        _engine = await ApprovalsEngine.StartAsync(database);
        await _engine.Services.LoadDemoCatalogAsync();
    }

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    async Task<string[]> ProblemCodesOfAsync(Func<CatalogService, Task> change, Func<CatalogService, Task<int>> count)
    {
        var before = await _engine.CatalogAsync(count);
        var refusal = await _engine.RefusalAsync(change);
        Assert.That(refusal.Code, Is.EqualTo("invalid-catalog-entry"));
        Assert.That(refusal.Problems.Select(p => p.Message), Is.All.Not.Empty);
        Assert.That(await _engine.CatalogAsync(count), Is.EqualTo(before), "a refused change writes nothing");
        return [.. refusal.Problems.Select(p => p.Code)];
    }

    async Task<string[]> MatterProblemsAsync(Matter matter) =>
        await ProblemCodesOfAsync(s => s.SaveMatterAsync(matter), async s => (await s.ListMattersAsync()).Count);

    async Task<string[]> PackageProblemsAsync(Package package) =>
        await ProblemCodesOfAsync(s => s.SavePackageAsync(package), async s => (await s.ListPackagesAsync()).Count);

    [Test]
    public async Task A_matter_of_an_unknown_department_is_refused() =>
        Assert.That(await MatterProblemsAsync(Entries.Matter("T-DEPT", department: "NOWHERE")), Is.EqualTo(new[] { "unknown-department" }));

    [Test]
    public async Task A_committed_limit_above_the_statutory_one_is_refused() =>
        Assert.That(await MatterProblemsAsync(Entries.Matter("T-LIMIT", statutory: "20d", committed: "25d")), Is.EqualTo(new[] { "committed-above-statutory" }));

    [Test]
    public async Task A_limit_that_does_not_parse_is_refused() =>
        Assert.That(await MatterProblemsAsync(Entries.Matter("T-PARSE", statutory: "twenty days")), Is.EqualTo(new[] { "invalid-limit" }));

    [Test]
    public async Task Duplicate_material_codes_are_refused()
    {
        var matter = Entries.Matter("T-DUP");
        matter.Materials.Add(new MatterMaterial("application", "另一份申请书"));
        Assert.That(await MatterProblemsAsync(matter), Is.EqualTo(new[] { "duplicate-material" }));
    }

    [Test]
    public async Task An_instant_approval_rule_that_is_not_javascript_is_refused()
    {
        var matter = Entries.Matter("T-RULE");
        matter.InstantApprovalRule = "form.companyName.length > 3 &&";
        Assert.That(await MatterProblemsAsync(matter), Is.EqualTo(new[] { "invalid-instant-approval-rule" }));
    }

    [Test]
    public async Task Every_problem_of_a_matter_is_named_at_once()
    {
        var matter = Entries.Matter("T-ALL", department: "NOWHERE", committed: "soon");
        matter.InstantApprovalRule = "((";
        Assert.That(await MatterProblemsAsync(matter), Is.EquivalentTo(new[] { "unknown-department", "invalid-limit", "invalid-instant-approval-rule" }));
    }

    [Test]
    public async Task A_package_member_naming_an_unknown_matter_is_refused_with_unknown_matter()
    {
        var problems = await PackageProblemsAsync(Entries.Package("t-unknown", new PackageMember("SAMR-BL"), new PackageMember("NO-SUCH-MATTER", ["SAMR-BL"])));
        Assert.That(problems, Is.EqualTo(new[] { "unknown-matter" }));
    }

    [Test]
    public async Task A_dependency_on_a_matter_outside_the_package_is_refused() =>
        Assert.That(await PackageProblemsAsync(Entries.Package("t-outside", new PackageMember("PSB-SEAL", ["SAMR-BL"]))), Is.EqualTo(new[] { "dependency-not-member" }));

    [Test]
    public async Task A_dependency_cycle_is_refused_naming_the_circle()
    {
        var package = Entries.Package("t-cycle", new PackageMember("SAMR-BL", ["TAX-INVOICE"]), new PackageMember("PSB-SEAL", ["SAMR-BL"]), new PackageMember("TAX-INVOICE", ["PSB-SEAL"]));
        var refusal = await _engine.RefusalAsync(s => s.SavePackageAsync(package));
        Assert.That(refusal.Problems.Single().Code, Is.EqualTo("dependency-cycle"));
        Assert.That(refusal.Problems.Single().Message, Does.Contain("SAMR-BL → TAX-INVOICE → PSB-SEAL → SAMR-BL"));
    }

    [Test]
    public async Task A_material_rule_naming_a_material_no_member_has_or_an_unknown_department_is_refused()
    {
        var package = Entries.Package("t-rules", new PackageMember("SAMR-BL"));
        package.MaterialRules = [new("articles-of-association", ["SAMR"]), new("food-safety-rules", ["SAMR"]), new("legal-rep-id", ["MOON"])];
        Assert.That(await PackageProblemsAsync(package), Is.EqualTo(new[] { "unknown-material", "unknown-department" }));
    }

    [Test]
    public async Task A_code_that_exists_is_refused_as_a_conflict()
    {
        var refusal = await _engine.RefusalAsync(s => s.SaveDepartmentAsync(new Department { Code = "PSB", Name = "另一个公安局" }));
        Assert.That((refusal.Refusal, refusal.Code), Is.EqualTo((CatalogRefusal.Conflict, "department-exists")));
        Assert.That((await _engine.CatalogAsync(s => s.GetDepartmentAsync("PSB"))).Name, Is.EqualTo("公安局"));
    }

    [Test]
    public async Task A_department_still_used_by_matters_cannot_be_deleted()
    {
        var refusal = await _engine.RefusalAsync(s => s.DeleteDepartmentAsync("FIRE"));
        Assert.That((refusal.Refusal, refusal.Code), Is.EqualTo((CatalogRefusal.Conflict, "department-in-use")));
        Assert.That(refusal.Message, Does.Contain("FIRE-OPEN"));
        Assert.That((await _engine.CatalogAsync(s => s.GetDepartmentAsync("FIRE"))).Name, Is.EqualTo("消防救援支队"));
    }

    [Test]
    public async Task An_unknown_code_is_not_found()
    {
        var refusal = await _engine.RefusalAsync(s => s.GetMatterAsync("NO-SUCH-MATTER"));
        Assert.That((refusal.Refusal, refusal.Code), Is.EqualTo((CatalogRefusal.NotFound, "matter-not-found")));
    }

    [Test]
    public async Task A_matter_is_created_updated_and_deleted()
    {
        await _engine.CatalogAsync(s => s.SaveMatterAsync(Entries.Matter("T-LIFE")));

        var changed = Entries.Matter("T-LIFE", department: "URBAN", committed: "3d");
        changed.InstantApprovalRule = "form.area <= 2";
        await _engine.CatalogAsync(s => s.SaveMatterAsync(changed, existingCode: "T-LIFE"));
        var read = await _engine.CatalogAsync(s => s.GetMatterAsync("T-LIFE"));
        var ofUrban = await _engine.CatalogAsync(s => s.ListMattersAsync("URBAN"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((read.DepartmentCode, read.CommittedLimit, read.InstantApprovalRule), Is.EqualTo(("URBAN", "3d", "form.area <= 2")));
            Assert.That(read.Materials.Single(m => m.Code == "site-photo").Deferrable, Is.True);
            Assert.That(ofUrban.Select(m => m.Code), Does.Contain("T-LIFE").And.Contain("URBAN-SIGN").And.Not.Contain("SAMR-FOOD"));
        }

        await _engine.CatalogAsync(s => s.DeleteMatterAsync("T-LIFE"));
        Assert.That((await _engine.RefusalAsync(s => s.GetMatterAsync("T-LIFE"))).Code, Is.EqualTo("matter-not-found"));
    }

    [Test]
    public async Task An_update_that_breaks_a_rule_changes_nothing()
    {
        var broken = Entries.Matter("SAMR-FOOD", committed: "30d");
        var refusal = await _engine.RefusalAsync(s => s.SaveMatterAsync(broken, existingCode: "SAMR-FOOD"));
        Assert.That(refusal.Problems.Select(p => p.Code), Is.EqualTo(new[] { "committed-above-statutory" }));
        Assert.That((await _engine.CatalogAsync(s => s.GetMatterAsync("SAMR-FOOD"))).Name, Is.EqualTo("食品经营许可"));
    }

    [Test]
    public async Task A_matter_in_a_package_cannot_be_deleted_and_a_package_can()
    {
        await _engine.CatalogAsync(s => s.SaveMatterAsync(Entries.Matter("T-MEMBER")));
        await _engine.CatalogAsync(s => s.SavePackageAsync(Entries.Package("t-holder", new PackageMember("T-MEMBER"))));

        Assert.That((await _engine.RefusalAsync(s => s.DeleteMatterAsync("T-MEMBER"))).Code, Is.EqualTo("matter-in-use"));
        await _engine.CatalogAsync(s => s.DeletePackageAsync("t-holder"));
        await _engine.CatalogAsync(s => s.DeleteMatterAsync("T-MEMBER"));
        Assert.That((await _engine.CatalogAsync(s => s.ListPackagesAsync())).Select(p => p.Code), Does.Not.Contain("t-holder"));
    }

    [Test]
    public async Task The_designer_dropdowns_list_the_catalog()
    {
        var providers = _engine.Services.GetServices<WorkflowEngine.Descriptors.IInputOptionsProvider>().ToDictionary(p => p.Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(providers.Keys, Is.EquivalentTo(new[] { "departments", "matters", "packages", "assistance-items" }));
            Assert.That(providers["departments"].GetOptions(), Does.Contain(new WorkflowEngine.Descriptors.SelectOption("公安局 (PSB)", "PSB")));
            Assert.That(providers["packages"].GetOptions().Select(o => o.Value), Does.Contain("newborn"));
            Assert.That(providers["assistance-items"].GetOptions().Select(o => o.Text), Does.Contain("网约车驾驶员背景核查（犯罪记录、吸毒记录、驾驶记录） (TRANSPORT → PSB)"));
        }
    }
}
