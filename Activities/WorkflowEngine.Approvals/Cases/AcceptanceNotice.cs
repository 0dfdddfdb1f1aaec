using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Activities;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Calendar;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// The written acceptance notice (受理通知书, Administrative Licensing Law art. 32): case number, applicant, matters, the
/// dates received and accepted, the committed limit and the date the decision is due, where to ask, and the clerk.
/// </summary>
internal static class AcceptanceNotice
{
    public static async Task<string> ContentAsync(ActivityExecutionContext context, Case @case, string acceptedBy, string calendarId = "cn")
    {
        var db = context.GetRequiredService<ApprovalsDbContext>();
        var matters = await db.Matters.AsNoTracking().Where(m => @case.MatterCodes.Contains(m.Code)).ToListAsync(context.CancellationToken);
        var package = @case.PackageCode is null ? null : await db.Packages.AsNoTracking().FirstOrDefaultAsync(p => p.Code == @case.PackageCode, context.CancellationToken);
        var (committed, statutory) = CommittedLimits.Of(package, matters, @case.MatterCodes[0]);
        var names = matters.Select(m => m.Name);
        var calendar = await context.GetRequiredService<IWorkingCalendars>().GetAsync(calendarId, context.CancellationToken);
        var accepted = calendar.DateOf(context.Now);
        var due = calendar.DateOf(calendar.AddWorkingTime(context.Now, committed));
        // A due date counted into a year whose holidays are not published yet may move; the applicant is told so.
        var provisional = calendar.IsProvisionalBetween(accepted, due) ? "（按暂定日历计算，节假日安排公布后可能调整）" : "";
        return $"办件编号：{@case.Number}。申请人：{@case.Applicant.Name}。申请事项：{string.Join("、", names)}。"
            + $"收件日期：{calendar.DateOf(@case.ReceivedAt):yyyy-MM-dd}；受理日期：{accepted:yyyy-MM-dd}。"
            + $"您的申请已受理，承诺时限 {committed}（工作日，法定时限 {statutory}），将于 {due:yyyy-MM-dd} 前作出决定{provisional}。"
            + "补正、容缺、听证、检验检测等特别程序期间不计入时限。"
            + $"可凭办件编号到政务服务中心综合窗口或政务服务网查询办理进度。受理人：{acceptedBy}。";
    }
}
