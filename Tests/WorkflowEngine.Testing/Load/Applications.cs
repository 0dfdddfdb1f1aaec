using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowEngine.Testing.Load;

/// <summary>
/// Applications a portal sends for the demo packages, and who works each task: the clerk accepts, each department's
/// reviewer passes and its approver approves (two people, as separation of duties wants), the single window issues.
/// </summary>
public static class Applications
{
    public const string FoodLicence = "food-licence";
    public const string OpenBusiness = "open-business";

    /// <summary>Tasks a case of the package goes through when everyone says yes.</summary>
    public static int TasksOf(string packageCode) => packageCode == OpenBusiness ? 1 + 2 + 5 * 2 + 1 : 4;

    /// <summary>The request body, serialized once so that a retry sends it byte for byte.</summary>
    public static string Body(string packageCode, int serial) => JsonSerializer.Serialize(packageCode == OpenBusiness ? OpenBusinessBody(serial) : FoodLicenceBody(serial));

    static object FoodLicenceBody(int serial) => new
    {
        packageCode = FoodLicence,
        applicant = new { name = $"申请人{serial}", idType = "居民身份证", idNumber = "110101199003071234", phone = "13800138000" },
        form = new { operatorName = $"第{serial}号餐饮店", creditCode = "91110101MA0000000X", address = "北京市东城区某街1号", businessItems = "热食类食品制售" },
        materialsReceived = new[] { "food-licence-application", "business-licence", "legal-rep-id", "premises-layout", "equipment-layout", "food-safety-rules", "food-safety-manager" },
        receivedBy = "portal",
    };

    static object OpenBusinessBody(int serial) => new
    {
        packageCode = OpenBusiness,
        applicant = new { name = $"申请人{serial}", idType = "居民身份证", idNumber = "330106198807071234", phone = "13500135000", organization = $"杭州第{serial}号咖啡有限公司" },
        form = new
        {
            companyName = $"杭州第{serial}号咖啡有限公司", companyType = "有限责任公司", address = "杭州市西湖区某路2号", registeredCapital = 100,
            businessScope = "咖啡饮品制售", legalRepresentative = $"申请人{serial}", legalRepresentativeId = "330106198807071234", phone = "13500135000",
            employees = 5, bank = "某某银行西湖支行",
        },
        materialsReceived = new[]
        {
            "registration-application", "articles-of-association", "legal-rep-id", "premises-proof", "business-licence", "seal-application",
            "tax-agent-id", "employee-list", "hpf-registration-form", "account-booking-form",
        },
        receivedBy = "portal",
    };

    /// <summary>The user who works a task of this department and role.</summary>
    public static string UserFor(string departmentCode, string role) => role switch
    {
        "Clerk" => "clerk-01",
        "SingleWindow" => "window-01",
        _ => $"{departmentCode.ToLowerInvariant()}-{role.ToLowerInvariant()}",
    };

    static readonly string[] Yes = ["Accept", "Pass", "Approved", "AtWindow"];

    /// <summary>The completion body saying yes to the task: its first "yes" outcome with the fields that outcome needs.</summary>
    public static string Completion(JsonElement task, string user)
    {
        var allowed = task.GetProperty("allowedOutcomes").EnumerateArray().Select(o => o.GetString()!).ToList();
        var outcome = Yes.FirstOrDefault(allowed.Contains) ?? allowed[0];
        var data = new JsonObject();
        if (task.GetProperty("requiredFields").TryGetProperty(outcome, out var fields))
            foreach (var field in fields.EnumerateArray()) data[field.GetString()!] = "居民身份证 已核验";
        return new JsonObject { ["user"] = user, ["outcome"] = outcome, ["comment"] = "同意", ["data"] = data }.ToJsonString();
    }

    /// <summary>Statuses in which a case is decided and nothing more is done with it.</summary>
    public static bool IsFinal(string? status) => status is "CompletedApproved" or "CompletedApprovedUnderDeferredMaterials" or "CompletedNotApproved"
        or "Withdrawn" or "NotAccepted" or "Refused" or "Revoked" or "Annulled";
}
