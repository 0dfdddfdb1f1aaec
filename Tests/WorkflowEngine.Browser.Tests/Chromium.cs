using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace WorkflowEngine.Tests.Browser;

/// <summary>Headless Debian Chromium driven by its chromedriver, with a fresh profile each time so no state leaks between runs.</summary>
internal static class Chromium
{
    public static ChromeDriver Start(string profile)
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Find("chromedriver"))!, "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Find("chromium") };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1600,1000", "--lang=zh-CN", $"--user-data-dir={profile}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
    }

    // Debian puts both in /usr/bin; CHROMIUM_PATH and CHROMEDRIVER_PATH point elsewhere when needed.
    static string Find(string program)
    {
        var configured = Environment.GetEnvironmentVariable(program.ToUpperInvariant() + "_PATH");
        var path = configured ?? Path.Combine("/usr/bin", program);
        if (!File.Exists(path))
        {
            var message = $"{program} is not installed ({path}); install the Debian packages chromium and chromium-driver to run the browser tests.";
            // On a developer's machine a missing browser skips these tests; CI installs it, so there its absence is a failure.
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(message);
            Assert.Ignore(message);
        }
        return path;
    }
}
