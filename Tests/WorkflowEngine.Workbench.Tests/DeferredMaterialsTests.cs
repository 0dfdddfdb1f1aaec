using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>
/// A restaurant taken in with a deferrable material missing (容缺受理): the notice lists the material and its deadline,
/// and the material is handed in later at the window.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[NonParallelizable]
public class DeferredMaterialsTests(TestDatabase database)
{
    Workbench _workbench = null!;
    Browser B => _workbench.Browser;

    [OneTimeSetUp]
    public async Task Start() => _workbench = await Workbench.StartAsync(database);

    [OneTimeTearDown]
    public async Task Stop() => await _workbench.DisposeAsync();

    [Test]
    public void A_case_accepted_with_a_deferred_material_gets_its_notice_and_the_material_is_supplied_later()
    {
        B.SignIn("clerk");
        B.FillIntake("open-restaurant", "吴十", "420102199002021234", "武汉某某面馆", Desk.RestaurantForm);
        B.Choose("#material-signboard-structure", "Deferred");
        B.Type("#deferral-deadline", "3d");
        B.Submit("#accept-deferred");
        var number = B.Text("#case-number");

        B.Submit("#notice-deferred");
        Assert.That(B.Text("#notice h1"), Is.EqualTo("容缺受理告知书"));
        Assert.That(B.Text("#deferred-materials"), Does.Contain("招牌"), "each missing material is listed with its deadline");
        B.Screenshot("notice-deferred");

        B.Open("/cases?q=" + Uri.EscapeDataString("吴十"));
        B.Submit($"#open-{number}");
        Assert.That(B.Find("tr[data-material='signboard-structure']").Text, Does.Contain("容缺待补"));
        B.Click("#supply-signboard-structure");
        B.Screenshot("supplement");
        B.Submit("#receive-supplement");

        Assert.That(B.Find("tr[data-material='signboard-structure']").Text, Does.Contain("已收"));
        Assert.That(B.Has("#timeline [data-event=MaterialsSupplied]"), Is.True);
        Assert.That(B.Text("#timeline"), Does.Contain("补交材料"));
    }

    [Test]
    public void A_refusal_needs_a_reason_and_a_legal_basis_before_the_refusal_notice_is_issued()
    {
        B.SignIn("clerk");
        B.FillIntake("open-restaurant", "郑一", "420102199003031234", "", Desk.RestaurantForm);
        B.Submit("#refuse");
        Assert.That(B.Find("#refusal").GetAttribute("data-code"), Is.EqualTo("completion-incomplete"));
        Assert.That(B.Has("#recorded"), Is.True, "the application was recorded, only the decision is missing");

        B.Type("#reason", "经营场所位于居民住宅楼内");
        B.Type("#legal-basis", "《中华人民共和国行政许可法》第三十二条");
        B.Submit("#refuse");
        Assert.That(B.Has("#refusal-pending"), Is.True, "窗口无否决权: the refusal waits for the supervising leader");
        var number = B.Text("#case-number");

        B.SignIn("supervisor");
        B.Open($"/cases/{number}");
        B.Submit("#claim");
        B.Submit("#outcome-ApproveRefusal");
        B.WaitForPath("/inbox?done=" + number); // the decision is taken once the leader is back at the inbox
        B.Open($"/cases/{number}/notices/refusal");
        Assert.That(B.Text("#notice-content"), Does.Contain("第三十二条"));
    }
}
