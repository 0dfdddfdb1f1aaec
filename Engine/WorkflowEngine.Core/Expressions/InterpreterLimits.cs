using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

/// <summary>
/// Limit enforcement: every node visit ticks a step counter; bulk work (copying, comparing, building strings) is charged
/// as steps too; the clock is read every <see cref="StepsBetweenClockChecks"/> steps; sizes are checked before allocation.
/// </summary>
internal sealed partial class Interpreter
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (++_steps > _nextCheck)
        {
            CheckLimits();
        }
    }

    /// <summary>Charges bulk work (elements copied or compared): every 16 units cost one step.</summary>
    public void ChargeElements(long units)
    {
        _work += units;
        if (_work >= 16)
        {
            _steps += _work >> 4;
            _work &= 15;
            if (_steps > _nextCheck)
            {
                CheckLimits();
            }
        }
    }

    /// <summary>Charges the creation of a string: every 128 characters cost one step.</summary>
    public void ChargeChars(long length) => ChargeElements(length >> 3);

    public void CheckStringLength(long length)
    {
        if (length > MaxStringLength)
        {
            throw LimitExceeded($"string longer than {MaxStringLength} characters");
        }
    }

    /// <summary>Checks and charges a string about to be created.</summary>
    public void CheckNewString(long length)
    {
        CheckStringLength(length);
        ChargeChars(length);
    }

    public void CheckArrayLength(long length)
    {
        if (length > MaxArrayLength)
        {
            throw LimitExceeded($"array longer than {MaxArrayLength} elements");
        }
    }

    /// <summary>Checks and charges an array about to be created or grown to <paramref name="length"/>.</summary>
    public void CheckNewArray(long length, long copied)
    {
        CheckArrayLength(length);
        ChargeElements(copied);
    }

    private void CheckLimits()
    {
        if (_steps > _maxSteps)
        {
            throw LimitExceeded($"the expression ran more than {_maxSteps} steps");
        }

        var now = Stopwatch.GetTimestamp();
        if (_deadline == 0)
        {
            // The clock starts at the first check; the steps before it are bounded and cheap.
            _deadline = now + (long)(_timeout.TotalSeconds * Stopwatch.Frequency);
        }
        else if (now > _deadline)
        {
            throw LimitExceeded($"timed out after {FormatTimeout(_timeout)}");
        }

        _nextCheck = Math.Min(_maxSteps, _steps + StepsBetweenClockChecks);
    }

    private static string FormatTimeout(TimeSpan timeout) =>
        timeout.TotalMilliseconds % 1000 == 0 ? $"{timeout.TotalSeconds:0}s" : $"{timeout.TotalMilliseconds:0.###}ms";
}
