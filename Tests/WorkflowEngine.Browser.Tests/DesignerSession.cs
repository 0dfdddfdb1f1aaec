using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace WorkflowEngine.Tests.Browser;

/// <summary>What a designer does in the browser before and around the editor: signing in, waiting for Studio, screenshots.</summary>
internal static class DesignerSession
{
    /// <summary>First paint of Elsa Studio takes about 10 s headless on a small machine; the waits allow far more.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Signs in through the sign-in form the designer pages send anonymous visitors to.</summary>
    public static Task SignInAsDesignerAsync(IWebDriver driver)
    {
        var wait = Wait(driver);
        wait.Until(d => d.Url.Contains("/signin", StringComparison.Ordinal));
        driver.FindElement(By.Id("userName")).SendKeys("designer");
        driver.FindElement(By.Id("password")).SendKeys("Demo#2026");
        driver.FindElement(By.Id("signin")).Click();
        wait.Until(d => !d.Url.Contains("/signin", StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    public static WebDriverWait Wait(IWebDriver driver, TimeSpan? timeout = null)
    {
        var wait = new WebDriverWait(driver, timeout ?? Patience) { PollingInterval = TimeSpan.FromMilliseconds(250) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException), typeof(ElementNotInteractableException),
            typeof(ElementClickInterceptedException));
        return wait;
    }

    /// <summary>The first visible element whose own text contains the given text.</summary>
    public static IWebElement Visible(IWebDriver driver, string text) => Wait(driver).Until(d =>
        d.FindElements(By.XPath($"//*[text()[contains(normalize-space(.), '{text}')]]")).FirstOrDefault(e => e.Displayed));

    /// <summary>The first visible element whose own text is exactly the given text.</summary>
    public static IWebElement VisibleExactly(IWebDriver driver, string text) => Wait(driver).Until(d =>
        d.FindElements(By.XPath($"//*[text()[normalize-space(.) = '{text}']]")).FirstOrDefault(e => e.Displayed));

    /// <summary>Whether the element lies wholly inside the first element with the given class (e.g. the flowchart canvas).</summary>
    public static bool IsInside(IWebDriver driver, IWebElement element, string containerClass) => (bool)((IJavaScriptExecutor)driver).ExecuteScript(
        "const a = arguments[0].getBoundingClientRect(), c = document.getElementsByClassName(arguments[1])[0].getBoundingClientRect();" +
        "return a.width > 0 && a.left >= c.left && a.right <= c.right && a.top >= c.top && a.bottom <= c.bottom;", element, containerClass)!;

    /// <summary>Saves a screenshot as a test attachment, and into docs/images when UPDATE_DOC_SCREENSHOTS=1.</summary>
    public static void Screenshot(IWebDriver driver, string name, bool forDocs = true)
    {
        var shot = ((ITakesScreenshot)driver).GetScreenshot();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"designer-{name}.png");
        shot.SaveAsFile(path);
        TestContext.AddTestAttachment(path, name);
        if (forDocs && Environment.GetEnvironmentVariable("UPDATE_DOC_SCREENSHOTS") == "1")
            shot.SaveAsFile(Path.Combine(RepositoryRoot(), "docs", "images", $"designer-{name}.png"));
    }

    /// <summary>Keeps the page's HTML beside a failure, so the next reader sees what Studio had drawn.</summary>
    public static void KeepPage(IWebDriver driver, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"designer-{name}.html");
        File.WriteAllText(path, driver.PageSource);
        TestContext.AddTestAttachment(path, name);
    }

    // Tests run from Tests/<project>/bin/<configuration>/net10.0.
    static string RepositoryRoot() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
}
