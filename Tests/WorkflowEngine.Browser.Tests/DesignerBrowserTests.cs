using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Browser;

/// <summary>The real Elsa Studio in headless Chromium against our server: sign in, open a sample, edit an input, publish.</summary>
[TestFixture]
[NonParallelizable]
public class DesignerBrowserTests
{
    ServerProcess _server = null!;
    ChromeDriver _driver = null!;
    string _profile = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ServerProcess.StartAsync(await TestEngine.CreateDatabaseAsync(TestDatabase.Sqlite));
        _profile = Directory.CreateTempSubdirectory("wfe-chromium-").FullName;
        _driver = Chromium.Start(_profile);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _driver?.Quit();
        _driver?.Dispose();
        await _server.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } // Chromium may still hold a lock file for a moment
    }

    [TearDown]
    public void KeepPageOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            DesignerSession.KeepPage(_driver, "failure");
            DesignerSession.Screenshot(_driver, "failure", forDocs: false);
        }
    }

    const string Edited = "受理后开始计时 started at acceptance";

    [Test]
    public async Task A_designer_opens_a_sample_finds_the_政务审批_palette_changes_an_input_and_publishes_version_2()
    {
        _driver.Navigate().GoToUrl(new Uri(_server.Address, "/designer").ToString());
        await DesignerSession.SignInAsDesignerAsync(_driver);
        DesignerSession.Visible(_driver, "新生儿出生一件事");
        DesignerSession.Screenshot(_driver, "list");

        DesignerSession.Visible(_driver, "新生儿出生一件事").Click();
        DesignerSession.Wait(_driver).Until(d => d.Url.EndsWith("/designer/sample-newborn", StringComparison.Ordinal));
        var clock = DesignerSession.Wait(_driver).Until(d => d.FindElement(By.CssSelector("elsa-activity-wrapper#activity-clock .elsa-activity")));

        DesignerSession.VisibleExactly(_driver, "政务审批").Click();
        DesignerSession.Visible(_driver, "部门审查 Department review");
        DesignerSession.Visible(_driver, "综合受理 Unified intake");
        DesignerSession.Screenshot(_driver, "editor");

        // Fit the flowchart into the canvas first: Studio opens it centred, with the first activities under the palette.
        _driver.FindElement(By.CssSelector("div[role='toolbar'] button")).Click();
        DesignerSession.Wait(_driver).Until(_ => DesignerSession.IsInside(_driver, clock, "elsa-flowchart-diagram-designer"));
        new OpenQA.Selenium.Interactions.Actions(_driver).MoveToElement(clock).Click().Perform();
        var why = DesignerSession.Wait(_driver).Until(d => d.FindElement(By.XPath(
            "//div[contains(@class,'mud-input-control')][.//label[contains(normalize-space(.), '说明 Why')]]//input")));
        why.SendKeys(Keys.Control + "a");
        why.SendKeys(Edited + Keys.Tab);
        DesignerSession.Screenshot(_driver, "input");

        _driver.FindElement(By.CssSelector(".mud-button-group-root button.mud-primary-text")).Click();
        var published = await PublishedAsync(version: 2);
        var clockNode = published["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "clock")!;
        Assert.That((int)published["version"]!, Is.EqualTo(2));
        Assert.That((string?)clockNode["why"]!["expression"]!["value"], Is.EqualTo(Edited), "the published version 2 carries the edited input");
        DesignerSession.Screenshot(_driver, "published");
    }

    /// <summary>Reads the sample's published version through the Elsa API (as the designer), waiting until it is the given version.</summary>
    async Task<JsonObject> PublishedAsync(int version)
    {
        using var session = await StaffSession.SignInAsync(_server.Address, "designer");
        var token = JsonNode.Parse(await session.GetStringAsync("/access/designer-token"))!["value"]!.GetValue<string>();
        using var http = _server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var deadline = DateTime.UtcNow + DesignerSession.Patience;
        while (true)
        {
            var json = JsonNode.Parse(await http.GetStringAsync("/elsa/api/workflow-definitions/by-definition-id/sample-newborn?versionOptions=Published"))!.AsObject();
            if ((int)json["version"]! == version || DateTime.UtcNow > deadline) return json;
            await Task.Delay(250);
        }
    }
}
