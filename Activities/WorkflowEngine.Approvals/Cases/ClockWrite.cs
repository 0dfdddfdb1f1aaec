using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>A decided clock change written inside the burst's transaction, which the clock store joins.</summary>
internal sealed class ClockWrite(IClockStore store, ClockChange change) : IBurstParticipant
{
    public async Task WriteAsync(BurstTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(change, cancellationToken);
        }
        catch (ClockConflictException e)
        {
            throw new ConcurrencyConflictException(change.Clock.Id, e);
        }
    }
}
