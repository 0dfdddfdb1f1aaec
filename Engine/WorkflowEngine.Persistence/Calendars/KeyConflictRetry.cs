using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Persistence.Calendars;

/// <summary>Runs a calendar write again when another node's write of the same keys committed first.</summary>
/// <remarks>
/// Calendar writes read what is there and then insert what is missing or replace it, so a second attempt sees
/// the other node's rows and either finds nothing left to do or replaces them. A third failure is not a race.
/// </remarks>
internal static class KeyConflictRetry
{
    private const int Attempts = 3;

    public static async Task RunAsync(WorkflowDbContext db, Func<Task> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write();
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // The failed attempt's entities are still tracked; the next attempt starts from the database.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
