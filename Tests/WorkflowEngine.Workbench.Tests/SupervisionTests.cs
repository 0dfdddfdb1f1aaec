using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>The supervisor's desk: a refusal filed at the window is reviewed; statistics show the period and export as CSV.</summary>
[TestFixture]
[NonParallelizable]
public class SupervisionTests
{
    Workbench _workbench = null!;
    Browser B => _workbench.Browser;

    [OneTimeSetUp]
    public async Task Start() => _workbench = await Workbench.StartAsync(TestDatabase.Sqlite);

    [OneTimeTearDown]
    public async Task Stop() => await _workbench.DisposeAsync();

    string RefuseARestaurant()
    {
        B.SignIn("clerk");
        B.FillIntake("open-restaurant", "王五", "420102199004041234", "武汉某某小吃店", Desk.RestaurantForm);
        B.Type("#reason", "经营场所位于居民住宅楼内");
        B.Type("#legal-basis", "《中华人民共和国行政许可法》第三十二条");
        B.Submit("#refuse");
        return B.Text("#case-number");
    }

    [Test]
    public void A_supervisor_reviews_a_refusal_filed_at_the_window()
    {
        var number = RefuseARestaurant();
        B.SignIn("supervisor");
        B.WaitForPath("/supervision");
        Assert.That(B.Find($"#refusal-reports tr[data-case='{number}']").Text, Does.Contain("第三十二条"));
        Assert.That(B.Has("#late-cases"), Is.True);
        Assert.That(B.Find("#assistance-records tr[data-department='PSB']").Text, Does.StartWith("PSB"));
        B.Type($"#finding-{number}", "理由充分，依据正确，维持不予受理。");
        B.Screenshot("supervision");
        B.Submit($"#review-{number}");
        Assert.That(B.Has($"#refusal-reports tr[data-case='{number}']"), Is.False, "reviewed reports leave the list");
    }

    [Test]
    public async Task Statistics_count_the_cases_of_each_matter_and_export_as_csv()
    {
        RefuseARestaurant();
        B.SignIn("supervisor");
        B.Open("/statistics");
        Assert.That(B.Find("#statistics tr[data-matter='SAMR-FOOD']").Text, Does.Contain("SAMR"));
        Assert.That(B.Has("#statistics-chart svg"), Is.True, "the chart is drawn");
        B.Screenshot("statistics");

        using var supervisor = await StaffSession.SignInAsync(_workbench.Server.Address, "supervisor");
        var csv = await supervisor.GetStringAsync("/statistics.csv");
        Assert.That(csv, Does.Contain("department,matter_code,matter_name,cases"));
        Assert.That(csv, Does.Contain("SAMR-FOOD,食品经营许可"));
        using var reviewer = await StaffSession.SignInAsync(_workbench.Server.Address, "samr-reviewer");
        Assert.That((await reviewer.GetAsync("/statistics.csv")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect), "a reviewer is sent to /forbidden");
    }

    [Test]
    public void The_workbench_speaks_english_when_asked()
    {
        B.SignIn("supervisor");
        B.Click("#language");
        B.WaitForPath("/supervision");
        Assert.That(B.Text("h1"), Is.EqualTo("Supervision"));
        Assert.That(B.Text("#menu-statistics"), Is.EqualTo("Statistics"));
        B.Click("#language");
        B.WaitForPath("/supervision");
        Assert.That(B.Text("h1"), Is.EqualTo("督查督办"));
    }
}
