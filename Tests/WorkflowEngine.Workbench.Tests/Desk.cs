namespace WorkflowEngine.Tests.Workbench;

/// <summary>What people do at their screens in these tests: take an application in, act on a task from their inbox.</summary>
internal static class Desk
{
    /// <summary>The business-opening package's form, as a clerk types it.</summary>
    public static readonly Dictionary<string, string> BusinessForm = new()
    {
        ["companyName"] = "杭州西湖某某咖啡有限公司", ["companyType"] = "有限责任公司", ["address"] = "杭州市西湖区文三路 90 号",
        ["registeredCapital"] = "50", ["businessScope"] = "咖啡、饮品制售", ["legalRepresentative"] = "孙八",
        ["legalRepresentativeId"] = "330106198807071234", ["phone"] = "13500135000", ["bank"] = "杭州银行文三路支行",
    };

    public static readonly Dictionary<string, string> RestaurantForm = new()
    {
        ["shopName"] = "武汉某某面馆", ["creditCode"] = "91420102MA4K000000", ["address"] = "武汉市江岸区中山大道 1 号",
        ["floorArea"] = "80", ["signboardText"] = "某某热干面", ["staffCount"] = "4",
    };

    /// <summary>Fills in the counter for a package and returns once the form is on screen.</summary>
    public static void FillIntake(this Browser b, string package, string applicant, string idNumber, string organization, Dictionary<string, string> form)
    {
        b.Submit($"#package-{package}");
        b.Type("#applicant-name", applicant);
        b.Type("#applicant-id", idNumber);
        b.Type("#applicant-phone", "13500135000");
        b.Type("#applicant-organization", organization);
        foreach (var (name, value) in form) b.Type($"#form-{name}", value);
    }

    /// <summary>Signs in, opens the case from the inbox (or issue queue), claims the task and completes it with an outcome.</summary>
    public static void Act(this Browser b, string user, string caseNumber, string outcome, string queue = "/inbox",
        Dictionary<string, string>? fields = null, string? screenshot = null)
    {
        b.SignIn(user);
        b.Open(queue);
        b.Submit($"#open-{caseNumber}");
        if (b.Has("#claim")) b.Submit("#claim");
        foreach (var (name, value) in fields ?? []) b.Type($"#field-{name}", value);
        b.Type("#comment", $"{user}：{outcome}");
        if (screenshot is not null) b.Screenshot(screenshot);
        b.Submit($"#outcome-{outcome}");
        b.WaitForPath(queue + "?done=" + caseNumber);
    }
}
