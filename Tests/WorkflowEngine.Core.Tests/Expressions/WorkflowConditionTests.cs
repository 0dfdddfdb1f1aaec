using System.Text.Json.Nodes;

namespace WorkflowEngine.Tests.Expressions;

/// <summary>Breadth check: conditions of the kind a government-approval workflow uses.</summary>
public class WorkflowConditionTests
{
    private static readonly (string Script, bool Expected)[] Conditions =
    [
        ("getVariable(\"amount\") > 100000", true),
        ("getVariable('amount') >= 50000 && getVariable('amount') < 500000", true),
        ("variables.amount > 1000000 || variables.applicant.type === 'individual'", false),
        ("input.decision === 'approve'", true),
        ("input.decision !== 'reject' && !variables.applicant.blacklisted", true),
        ("variables.applicant.region === 'Beijing' && variables.amount > 200000", true),
        ("['Beijing', 'Shanghai', 'Shenzhen'].includes(variables.applicant.region)", true),
        ("variables.applicationDate < variables.deadline", true),
        ("variables.applicationDate >= '2025-01-01' && variables.applicationDate <= '2025-12-31'", true),
        ("input.submittedAt.slice(0, 10) <= variables.deadline", true),
        ("input.submittedAt.startsWith('2025-03')", true),
        ("variables.requiredMaterials.every(code => variables.materialCodes.includes(code))", true),
        ("variables.materialCodes.some(code => code.startsWith('DOC-'))", true),
        ("variables.materialCodes.filter(c => c.startsWith('MAT-')).length >= 2", true),
        ("!variables.materialCodes.includes('MAT-999')", true),
        ("variables.materialCodes.length === 3 && variables.materialCodes.indexOf('DOC-100') === 2", true),
        ("variables.approvals.filter(a => a.approved).length >= 1", true),
        ("variables.approvals.every(a => a.approved)", false),
        ("variables.approvals.find(a => a.role === 'manager')?.approved === true", true),
        ("variables.approvals.find(a => a.role === 'director')?.approved ?? false", false),
        ("variables.approvals.some(a => a.role === 'finance' && !a.approved)", true),
        ("variables.applicant.creditScore >= 700 && variables.riskLevel !== 'high'", true),
        ("variables.riskLevel === 'low' || (variables.riskLevel === 'medium' && variables.applicant.creditScore > 650)", true),
        ("variables.applicant.registeredCapital / variables.amount >= 10", true),
        ("Math.round(variables.amount * 0.05) === 12500", true),
        ("Number(input.reviewer.level) >= 3 && input.reviewer.department === 'Finance'", true),
        ("input.reviewer.level > 3", false),
        ("variables.isUrgent && variables.reviewCount < 3", true),
        ("variables.previousRejections === 0", true),
        ("variables.comments.trim() === ''", true),
        ("(variables.missingField ?? 'default') === 'default'", true),
        ("variables.applicant?.contact?.phone === undefined", true),
        ("typeof variables.amount === 'number' && variables.amount > 0", true),
        ("variables.currency === 'CNY' && variables.amount <= 300000", true),
        ("input.attachments.every(a => a.size <= 10 * 1024 * 1024)", true),
        ("input.attachments.some(a => a.type === 'pdf')", true),
        ("input.attachments.map(a => a.size).reduce((s, x) => s + x, 0) < 5000000", true),
        ("input.attachments.filter(a => ['pdf', 'jpg'].includes(a.type)).length === input.attachments.length", false),
        ("!isHoliday(variables.applicationDate)", true),
        ("isHoliday('2025-10-01')", true),
        ("daysBetween(variables.applicationDate, variables.deadline) > 30", true),
        ("variables.applicant.name.length > 0 && variables.applicant.name.includes('Co')", true),
        ("variables.applicant.type === 'enterprise' ? variables.amount < 1000000 : variables.amount < 50000", true),
        ("`${variables.applicant.region}-${variables.currency}` === 'Beijing-CNY'", true),
        ("JSON.stringify(variables.requiredMaterials) === '[\"MAT-001\",\"MAT-007\"]'", true),
        ("Object.keys(variables.applicant).includes('creditScore')", true),
        ("const limit = variables.applicant.type === 'enterprise' ? 500000 : 100000;\nreturn variables.amount <= limit;", true),
        ("const missing = variables.requiredMaterials.filter(m => !variables.materialCodes.includes(m));\nif (missing.length > 0) {\n  return false;\n}\nreturn variables.approvals.length >= 2;", true),
        ("parseFloat(input.reviewer.score) >= 85.5", true),
        ("variables.approvals.map(a => a.date ?? '').filter(d => d !== '').sort().at(-1) <= input.submittedAt", true),
    ];

    [Test]
    public void Fifty_realistic_workflow_conditions_parse_and_evaluate()
    {
        var globals = Globals();
        var evaluator = Js.Evaluator;
        Assert.Multiple(() =>
        {
            Assert.That(Conditions, Has.Length.EqualTo(50));
            foreach (var (script, expected) in Conditions)
            {
                Assert.That(evaluator.CheckSyntax(script), Is.Null, script);
                Assert.That(evaluator.EvaluateCondition(script, globals), Is.EqualTo(expected), script);
            }
        });
    }

    private static TestGlobals Globals()
    {
        var globals = new TestGlobals()
            .WithVariable("amount", "250000")
            .WithVariable("currency", "\"CNY\"")
            .WithVariable("applicationDate", "\"2025-03-15\"")
            .WithVariable("deadline", "\"2025-06-30\"")
            .WithVariable("approvals", """[{"role":"manager","approved":true,"date":"2025-03-16"},{"role":"finance","approved":false,"date":null}]""")
            .WithVariable("materialCodes", """["MAT-001","MAT-007","DOC-100"]""")
            .WithVariable("requiredMaterials", """["MAT-001","MAT-007"]""")
            .WithVariable("applicant", """{"name":"Acme Co","type":"enterprise","region":"Beijing","creditScore":720,"registeredCapital":5000000,"blacklisted":false}""")
            .WithVariable("riskLevel", "\"medium\"")
            .WithVariable("reviewCount", "2")
            .WithVariable("isUrgent", "true")
            .WithVariable("comments", "\"  \"")
            .WithVariable("previousRejections", "0")
            .WithInput("decision", "\"approve\"")
            .WithInput("reviewer", """{"id":"u-17","department":"Finance","level":"3","score":"86.0"}""")
            .WithInput("submittedAt", "\"2025-03-20T10:15:00Z\"")
            .WithInput("attachments", """[{"type":"pdf","size":120000},{"type":"jpg","size":2400000},{"type":"docx","size":64000}]""");
        var holidays = new HashSet<string> { "2025-01-01", "2025-10-01", "2025-10-02" };
        globals.HostFunctions["isHoliday"] = args => JsonValue.Create(holidays.Contains(args[0]!.GetValue<string>()));
        globals.HostFunctions["daysBetween"] = args =>
            JsonValue.Create(DateOnly.Parse(args[1]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayNumber
                - DateOnly.Parse(args[0]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayNumber);
        return globals;
    }
}
