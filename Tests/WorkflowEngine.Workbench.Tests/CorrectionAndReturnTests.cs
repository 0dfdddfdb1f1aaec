using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>
/// The branches where a case goes back to the applicant, walked in a browser: a correction notice at the counter and a
/// department's return for revision. The clerk records what the applicant brings on the case page, and the case goes on.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CorrectionAndReturnTests
{
    Workbench _workbench = null!;
    Browser B => _workbench.Browser;

    [OneTimeSetUp]
    public async Task Start() => _workbench = await Workbench.StartAsync(TestDatabase.Sqlite);

    [OneTimeTearDown]
    public async Task Stop() => await _workbench.DisposeAsync();

    string TakeIn(string applicant)
    {
        B.SignIn("clerk");
        B.WaitForPath("/intake");
        B.FillIntake("open-business", applicant, "330106198807071234", "杭州某某咖啡有限公司", Desk.BusinessForm);
        return applicant;
    }

    void ReceiveAtTheWindow(string number, string material)
    {
        B.SignIn("clerk");
        B.Open($"/cases/{number}");
        Assert.That(B.Text("#case-status"), Is.EqualTo("补正中"));
        B.Click($"#supply-{material}");
        B.Submit("#receive-supplement");
        B.WaitUntilTextIsNot("#case-status", "补正中"); // the case page again, after the supplement was taken
    }

    [Test]
    public void A_correction_notice_at_the_counter_waits_for_the_material_then_the_clerk_accepts()
    {
        TakeIn("钱一");
        B.Type("#missing", "公司章程（需全体股东签字）");
        B.Submit("#correction");
        var number = B.Text("#case-number");

        ReceiveAtTheWindow(number, "articles-of-association");

        // The intake task is open again on the case page; after deciding, a clerk goes back to the counter.
        if (B.Has("#claim")) B.Submit("#claim");
        B.Submit("#outcome-Accept");
        B.WaitForPath("/intake");
        B.Open($"/cases/{number}");
        Assert.That(B.Text("#case-status"), Is.EqualTo("已受理"));
    }

    [Test]
    public void A_return_for_revision_stops_the_clock_and_the_revision_brings_the_case_back_to_the_same_reviewer()
    {
        TakeIn("钱二");
        B.Submit("#accept");
        var number = B.Text("#case-number");
        B.Act("samr-reviewer", number, "Returned", fields: null);

        ReceiveAtTheWindow(number, "registration-application");

        B.SignIn("samr-reviewer");
        B.Open("/inbox");
        Assert.That(B.Has($"tr[data-case='{number}']"), Is.True, "the licence review is open again");
        B.Open($"/cases/{number}");
        Assert.That(B.Text("#case-status"), Is.EqualTo("补正完成"));
    }
}
