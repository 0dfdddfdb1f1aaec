using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

/// <summary>A small catalog for tests: the food business licence with one deferrable material.</summary>
internal static class CatalogFixture
{
    public static Task AddFoodLicenceAsync(this TestEngine engine, string packageCode, string workflowDefinitionId) =>
        engine.InScopeAsync<ApprovalsDbContext, int>(async db =>
        {
            if (await db.Departments.FindAsync("SAMR") is null) db.Departments.Add(new Department { Code = "SAMR", Name = "市场监督管理局" });
            if (await db.Departments.FindAsync("CENTER") is null) db.Departments.Add(new Department { Code = "CENTER", Name = "政务服务中心", IsServiceCentre = true });
            if (await db.Matters.FindAsync("SAMR-FOOD") is null)
                db.Matters.Add(new Matter
                {
                    Code = "SAMR-FOOD", Name = "食品经营许可", DepartmentCode = "SAMR", StatutoryLimit = "20d", CommittedLimit = "5d",
                    Materials = [new("M1", "食品经营许可申请书"), new("M2", "营业执照复印件"), new("M3", "食品安全管理制度", Required: true, Deferrable: true)],
                });
            db.Packages.Add(new Package { Code = packageCode, Name = "食品经营许可", CommittedLimit = "5d", WorkflowDefinitionId = workflowDefinitionId, Members = [new("SAMR-FOOD")] });
            return await db.SaveChangesAsync();
        });
}
