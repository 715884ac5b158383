using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>What a row did to a customer's <see cref="OccasionSums"/>: the callers differ only in what they keep
/// beside the sums (the builder an occasion chain, the one-shot accumulator a recount flag).</summary>
internal enum OccasionStep
{
    /// <summary>A new occasion after every earlier one (the common case for a date-ordered log); already counted.</summary>
    NewLast,

    /// <summary>The same occasion as the last one.</summary>
    SameAsLast,

    /// <summary>An occasion before the last one: it may repeat an earlier one, so the caller recounts.</summary>
    OutOfOrder,
}

/// <summary>
/// One customer's sums over its rows, shared by <see cref="CustomerSummaryBuilder{TCustomer}"/> and the one-shot
/// <see cref="SummaryAccumulator{TCustomer}"/>, so that both apply a row with the same operations in the same order
/// (and so give the same bits). Codes are <c>(key &lt;&lt; 1) | isHoldout</c>, where the key is the day number (or
/// period index): their order is date order, and a period split by the calibration end gives two codes.
/// </summary>
/// <remarks>48 bytes: with an 8-byte key a record is 56 bytes, one cache line, which a row touches at a random place.</remarks>
internal struct OccasionSums
{
    /// <summary>The smallest code seen.</summary>
    public int FirstCode;

    /// <summary>The largest code seen while the rows came in order.</summary>
    public int LastCode;

    public int MaxCalibrationKey;
    public int MinCalibrationDay;
    public int CalibrationDistinct;
    public int HoldoutDistinct;

    /// <summary>The spend of the first occasion (all rows with <see cref="FirstCode"/>).</summary>
    public double FirstSpend;
    public double CalibrationSpend;
    public double HoldoutSpend;

    /// <summary>The sums of no rows: every minimum at its largest value, every maximum at its smallest.</summary>
    public static OccasionSums Empty => new()
    {
        FirstCode = int.MaxValue,
        LastCode = int.MinValue,
        MaxCalibrationKey = int.MinValue,
        MinCalibrationDay = int.MaxValue,
    };

    /// <summary>Sets every field from a customer's first row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Start(int code, int day, double amount)
    {
        FirstCode = code;
        LastCode = code;
        FirstSpend = amount;
        if ((code & 1) != 0)
        {
            HoldoutSpend = amount;
            HoldoutDistinct = 1;
            CalibrationSpend = 0d;
            CalibrationDistinct = 0;
            MaxCalibrationKey = int.MinValue;
            MinCalibrationDay = int.MaxValue;
        }
        else
        {
            CalibrationSpend = amount;
            CalibrationDistinct = 1;
            HoldoutSpend = 0d;
            HoldoutDistinct = 0;
            MaxCalibrationKey = code >> 1;
            MinCalibrationDay = day;
        }
    }

    /// <summary>Adds a further row of the customer; a new last occasion is counted here, an out-of-order one is
    /// left to the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public OccasionStep Update(int code, int day, double amount)
    {
        var holdout = (code & 1) != 0;
        if (holdout)
        {
            HoldoutSpend += amount;
        }
        else
        {
            CalibrationSpend += amount;
            MaxCalibrationKey = Math.Max(MaxCalibrationKey, code >> 1);
            MinCalibrationDay = Math.Min(MinCalibrationDay, day);
        }

        if (code < FirstCode)
        {
            FirstCode = code;
            FirstSpend = amount;
        }
        else if (code == FirstCode)
        {
            FirstSpend += amount;
        }

        if (code > LastCode)
        {
            LastCode = code;
            if (holdout)
            {
                HoldoutDistinct++;
            }
            else
            {
                CalibrationDistinct++;
            }

            return OccasionStep.NewLast;
        }

        return code == LastCode ? OccasionStep.SameAsLast : OccasionStep.OutOfOrder;
    }
}
