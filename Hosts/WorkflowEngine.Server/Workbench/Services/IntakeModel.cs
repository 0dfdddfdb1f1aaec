using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Workbench;

namespace WorkflowEngine.Server.Workbench.Services;

/// <summary>What the clerk entered at the counter, turned into the <see cref="NewCase"/> the domain checks.</summary>
public sealed class IntakeModel
{
    /// <summary>How a material was handed in at the counter.</summary>
    public enum Handed { Received, Deferred, Missing }

    public string? PackageCode { get; set; }
    public string? MatterCode { get; set; }
    public string Title { get; set; } = "";
    public string ApplicantName { get; set; } = "";
    public string IdType { get; set; } = "居民身份证";
    public string IdNumber { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Organization { get; set; } = "";
    public IReadOnlyList<FormField> Fields { get; set; } = [];
    public Dictionary<string, string> Form { get; set; } = [];
    public IReadOnlyList<MatterMaterial> Materials { get; set; } = [];
    public Dictionary<string, Handed> Checklist { get; } = [];
    public string DeferralDeadline { get; set; } = "3d";
    public string Missing { get; set; } = "";
    public string Reason { get; set; } = "";
    public string LegalBasis { get; set; } = "";

    public bool AnyDeferrable => Materials.Any(m => m.Deferrable);

    /// <summary>The checklist as posted, or for a fresh counter: required materials received, the others not handed in.</summary>
    public void Check(IReadOnlyDictionary<string, string>? posted)
    {
        Checklist.Clear();
        foreach (var m in Materials)
            Checklist[m.Code] = posted?.GetValueOrDefault(m.Code) is { } value && Enum.TryParse<Handed>(value, out var handed) ? handed
                : m.Required ? Handed.Received : Handed.Missing;
    }

    public NewCase ToNewCase()
    {
        var form = new JsonObject();
        foreach (var field in Fields)
            if (Form.TryGetValue(field.Name, out var value) && !string.IsNullOrWhiteSpace(value))
                form[field.Name] = field.Type == "number" && decimal.TryParse(value, out var n) ? JsonValue.Create(n)
                    : field.Type == "boolean" ? JsonValue.Create(value == "true") : JsonValue.Create(value.Trim());
        var deferred = Checklist.Where(c => c.Value == Handed.Deferred).Select(c => c.Key).ToList();
        return new NewCase(
            new Applicant(ApplicantName.Trim(), IdType.Trim(), IdNumber.Trim(), Blank(Phone), Blank(Organization)),
            PackageCode, MatterCode is null ? null : [MatterCode], form,
            Checklist.Where(c => c.Value == Handed.Received).Select(c => c.Key).ToList(), deferred)
        {
            DeferralDeadline = deferred.Count > 0 ? Blank(DeferralDeadline) : null,
        };
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
