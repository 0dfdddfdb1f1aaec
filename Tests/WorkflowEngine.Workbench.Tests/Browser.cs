using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace WorkflowEngine.Tests.Workbench;

/// <summary>
/// Headless Chromium driven by Selenium at the workbench's target size (1366×768), with a fresh profile, explicit
/// waits for elements (never fixed sleeps) and screenshots kept as test attachments and, on request, as doc images.
/// </summary>
public sealed class Browser : IDisposable
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    readonly string _profile = Path.Combine(Path.GetTempPath(), "wfe-chromium-" + Guid.NewGuid().ToString("N"));
    readonly Uri _server;

    public Browser(Uri server)
    {
        _server = server;
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1366,768", "--user-data-dir=" + _profile, "--lang=zh-CN");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
    public static string ChromeDriverPath => Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";

    public IWebDriver Driver { get; }

    public string Path_ => new Uri(Driver.Url).PathAndQuery;

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(_server, path));

    public IWebElement Find(string css) => new WebDriverWait(Driver, Patience).Until(d =>
    {
        var found = d.FindElements(By.CssSelector(css));
        return found.Count > 0 && found[0].Displayed ? found[0] : null;
    })!;

    public bool Has(string css) => Driver.FindElements(By.CssSelector(css)).Count > 0;

    public void Click(string css) => Find(css).Click();

    /// <summary>Clicks something that loads a new page and waits until the old page is gone.</summary>
    public void Submit(string css)
    {
        var old = Driver.FindElement(By.TagName("html"));
        Find(css).Click();
        new WebDriverWait(Driver, Patience).Until(_ => IsStale(old));
    }

    public void Type(string css, string text)
    {
        var field = Find(css);
        field.Clear();
        field.SendKeys(text);
    }

    public void Choose(string css, string value) => Find(css).FindElement(By.CssSelector($"option[value='{value}']")).Click();

    public string Text(string css) => Find(css).Text;

    /// <summary>Waits until the element's text is no longer <paramref name="text"/> (a page re-rendered after an action).</summary>
    public void WaitUntilTextIsNot(string css, string text) =>
        new WebDriverWait(Driver, Patience).Until(d => d.FindElements(By.CssSelector(css)) is [var e, ..] && e.Text != text);

    public void WaitForPath(string prefix) => new WebDriverWait(Driver, Patience).Until(d => new Uri(d.Url).PathAndQuery.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Signs in through the form as a person would; the session cookie of whoever was signed in before is dropped.</summary>
    public void SignIn(string userName, string password = "Demo#2026", string? returnUrl = null)
    {
        Driver.Manage().Cookies.DeleteAllCookies();
        Open("/signin" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        Type("#userName", userName);
        Type("#password", password);
        Submit("#signin");
    }

    /// <summary>Saves the screen as a test attachment and, with UPDATE_DOC_SCREENSHOTS=1, as docs/images/workbench-{name}.png.</summary>
    public void Screenshot(string name)
    {
        var shot = ((ITakesScreenshot)Driver).GetScreenshot();
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"workbench-{name}.png");
        shot.SaveAsFile(file);
        TestContext.AddTestAttachment(file, name);
        if (Environment.GetEnvironmentVariable("UPDATE_DOC_SCREENSHOTS") == "1")
        {
            var images = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "docs", "images"));
            shot.SaveAsFile(Path.Combine(images.FullName, $"workbench-{name}.png"));
        }
    }

    static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowEngine.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("WorkflowEngine.sln not found above the test's folder");
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } // Chromium may still hold a lock file
    }
}
