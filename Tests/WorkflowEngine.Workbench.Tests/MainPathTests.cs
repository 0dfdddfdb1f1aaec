using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>
/// The main path as the people at the counter and in the departments walk it in a browser: a clerk takes in the
/// business-opening package, the licence and the five parallel departments review and decide in their inboxes, and the
/// single window issues the result. A department the case was not routed to cannot open it.
/// </summary>
[TestFixture]
[NonParallelizable]
public class MainPathTests
{
    Workbench _workbench = null!;
    Browser B => _workbench.Browser;

    [OneTimeSetUp]
    public async Task Start() => _workbench = await Workbench.StartAsync(TestDatabase.Sqlite);

    [OneTimeTearDown]
    public async Task Stop() => await _workbench.DisposeAsync();

    [Test]
    public void A_business_is_taken_in_reviewed_by_six_departments_and_issued_at_the_single_window()
    {
        var number = A_clerk_takes_in_the_business_opening_package_and_prints_the_acceptance_notice();
        The_licence_is_reviewed_and_decided_by_two_people_of_market_regulation(number);
        A_department_sees_only_the_materials_routed_to_it(number);
        A_department_the_case_was_not_routed_to_cannot_open_it(number);
        Five_departments_decide_in_parallel_and_the_single_window_issues_the_result(number);
    }

    string A_clerk_takes_in_the_business_opening_package_and_prints_the_acceptance_notice()
    {
        B.SignIn("clerk");
        B.WaitForPath("/intake");
        Assert.That(B.Text("#who-department"), Is.EqualTo("政务服务中心"), "the header names the department, not its code");
        B.FillIntake("open-business", "孙八", "330106198807071234", "杭州西湖某某咖啡有限公司", Desk.BusinessForm);
        Assert.That(B.Has("#material-registration-application"), Is.True, "the checklist lists the package's materials");
        B.Screenshot("intake");
        B.Submit("#accept");

        var _case = B.Text("#case-number");
        Assert.That(B.Text("#case-status"), Is.EqualTo("已受理"));
        B.Submit("#notice-acceptance");
        Assert.That(B.Text("#notice h1"), Is.EqualTo("受理通知书"));
        Assert.That(B.Text("#notice"), Does.Contain(_case));
        B.Screenshot("notice-acceptance");
        return _case;
    }

    void The_licence_is_reviewed_and_decided_by_two_people_of_market_regulation(string _case)
    {
        B.SignIn("samr-reviewer");
        B.WaitForPath("/inbox");
        Assert.That(B.Find($"tr[data-case='{_case}']").Text, Does.Contain("孙八"));
        B.Screenshot("inbox");
        B.Submit($"#open-{_case}");
        B.Submit("#claim");
        B.Click(".wb-more summary");
        B.Choose("#assistance-item", "AST-LEGAL-REP-ID");
        B.Submit("#request-assistance");
        B.Act("psb-reviewer", _case, "Provided", fields: new() { ["result"] = "法定代表人身份信息一致" });
        B.Act("samr-reviewer", _case, "Pass", screenshot: "case-review");
        B.Act("samr-approver", _case, "Approved");
    }

    void A_department_sees_only_the_materials_routed_to_it(string _case)
    {
        B.SignIn("psb-reviewer");
        B.Open($"/cases/{_case}");
        var materials = B.Text("#case-materials");
        Assert.That(materials, Does.Contain("印章刻制申请表"), "public security's own material");
        Assert.That(B.Has("tr[data-material='seal-application']"), Is.True);
        Assert.That(B.Has("tr[data-material='registration-application']"), Is.False, "market regulation's material is not routed to public security");
        Assert.That(B.Text("#opinions"), Does.Contain("SAMR"), "the licence decision is shared with the joint reviewers");
    }

    void A_department_the_case_was_not_routed_to_cannot_open_it(string _case)
    {
        B.SignIn("fire-reviewer");
        B.Open($"/cases/{_case}");
        Assert.That(B.Find("#refusal").GetAttribute("data-code"), Is.EqualTo("case-not-visible"));
        Assert.That(B.Has("#case-materials"), Is.False);
        B.Open($"/cases/{_case}/notices/acceptance");
        Assert.That(B.Find("#refusal").GetAttribute("data-code"), Is.EqualTo("case-not-visible"));
        B.Screenshot("refused");
    }

    void Five_departments_decide_in_parallel_and_the_single_window_issues_the_result(string _case)
    {
        foreach (var department in new[] { "psb", "tax", "hrss", "hpf", "bank" })
        {
            B.Act($"{department}-reviewer", _case, "Pass");
            B.Act($"{department}-approver", _case, "Approved");
        }
        B.Act("window", _case, "AtWindow", "/issue", new() { ["identityChecked"] = "居民身份证 330106198807071234" }, screenshot: "issue");

        B.Open($"/cases/{_case}");
        Assert.That(B.Text("#case-status"), Is.EqualTo("办结（准予）"));
        Assert.That(B.Text("#notices"), Does.Contain("送达记录"));
    }

    [Test]
    public void Without_a_session_a_page_sends_to_the_sign_in_form_and_a_wrong_role_is_forbidden()
    {
        B.Driver.Manage().Cookies.DeleteAllCookies();
        B.Open("/intake");
        B.WaitForPath("/signin?returnUrl=%2Fintake");
        B.SignIn("samr-reviewer");
        B.Open("/intake");
        B.WaitForPath("/forbidden");
    }
}
