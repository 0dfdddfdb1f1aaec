using WorkflowEngine.Approvals;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Catalog.Demo;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Catalog;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class DemoCatalogTests(TestDatabase database)
{
    [Test]
    public async Task The_demo_catalog_loads_the_six_example_packages_and_the_assistance_list_and_loading_again_adds_nothing()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        var content = DemoCatalog.Read();

        var added = await engine.Services.LoadDemoCatalogAsync();
        var again = await engine.Services.LoadDemoCatalogAsync();

        var packages = await engine.CatalogAsync(s => s.ListPackagesAsync());
        var assistance = await engine.CatalogAsync(s => s.ListAssistanceItemsAsync());
        var departments = await engine.CatalogAsync(s => s.ListDepartmentsAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.EqualTo(content.Departments.Count + content.Matters.Count + content.AssistanceItems.Count + content.Packages.Count));
            Assert.That(again, Is.Zero);
            Assert.That(packages.Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "开办企业一件事", "开办餐饮店一件事", "新生儿出生一件事", "工程建设项目并联审批", "住房公积金提取", "食品经营许可（容缺受理、告知承诺）",
            }));
            Assert.That(assistance, Has.Count.GreaterThanOrEqualTo(5));
            Assert.That(assistance.Single(a => a.Code == "AST-DRIVER-CHECK").TimeLimit, Is.EqualTo("5m"));
            Assert.That(departments.Single(d => d.IsServiceCentre).Name, Is.EqualTo("政务服务中心"));
            var business = packages.Single(p => p.Code == "open-business");
            Assert.That(business.Members.Where(m => m.DependsOn is null).Select(m => m.MatterCode), Is.EqualTo(new[] { "SAMR-BL" }));
            Assert.That(business.Members.Count(m => m.DependsOn is ["SAMR-BL"]), Is.EqualTo(5));
            Assert.That(business.FormSchema, Does.Contain("企业名称"));
        }
    }

    [Test]
    public async Task The_demo_matters_keep_the_published_limits_and_deferrable_materials()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        await engine.Services.LoadDemoCatalogAsync();

        var food = await engine.CatalogAsync(s => s.GetMatterAsync("SAMR-FOOD"));
        var licence = await engine.CatalogAsync(s => s.GetMatterAsync("SAMR-BL"));
        var verify = await engine.CatalogAsync(s => s.GetMatterAsync("SAMR-BL-VERIFY"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((food.StatutoryLimit, food.CommittedLimit), Is.EqualTo(("20d", "5d")));
            Assert.That(food.Materials.Where(m => m.Deferrable).Select(m => m.Code), Does.Contain("premises-layout").And.Contain("food-safety-rules"));
            Assert.That(food.Materials.Single(m => m.Code == "food-licence-application"), Is.EqualTo(new MatterMaterial("food-licence-application", "食品经营许可申请书")));
            Assert.That(food.Materials.Single(m => m.Code == "notification-commitment").Required, Is.False);
            Assert.That(licence.CommittedLimit, Is.EqualTo("0.5d"));
            Assert.That(licence.InstantApprovalRule, Does.Contain("nameCheckPassed"));
            Assert.That(verify.IsInstant, Is.True);
        }
    }

    [Test]
    public async Task Every_demo_entry_passes_the_catalog_validation()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        var content = DemoCatalog.Read();
        var validator = new CatalogValidator(new WorkflowEngine.Expressions.JavaScriptEvaluator());
        var departments = content.Departments.Select(d => d.Code).ToHashSet();
        var matters = content.Matters.ToDictionary(m => m.Code);

        var problems = content.Departments.SelectMany(validator.Check)
            .Concat(content.Matters.SelectMany(m => validator.Check(m, departments)))
            .Concat(content.AssistanceItems.SelectMany(a => validator.Check(a, departments)))
            .Concat(content.Packages.SelectMany(p => validator.Check(p, matters, departments)))
            .Select(p => p.Message);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task Nodes_seeding_at_once_load_the_catalog_once_and_none_fails()
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using var first = await ApprovalsEngine.StartAsync(persistence);
        await using var second = await ApprovalsEngine.StartAsync(persistence);

        var added = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).Services.LoadDemoCatalogAsync()));

        var content = DemoCatalog.Read();
        var packages = await first.CatalogAsync(s => s.ListPackagesAsync());
        var matters = await second.CatalogAsync(s => s.ListMattersAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(packages, Has.Count.EqualTo(6));
            Assert.That(matters, Has.Count.EqualTo(content.Matters.Count));
            Assert.That(added.Sum(), Is.EqualTo(content.Departments.Count + content.Matters.Count + content.AssistanceItems.Count + content.Packages.Count));
        }
    }
}
