using System.Runtime.InteropServices;

namespace Crm.Domain.Metrics;

/// <summary>Counts the <c>true</c> values of a span with the runtime's vectorised <c>Count</c>.</summary>
internal static class BoolCounting
{
    /// <summary>The number of elements that are not <c>false</c> (any non-zero byte is true, as the CLR treats it).</summary>
    public static long CountTrue(ReadOnlySpan<bool> values) =>
        values.Length - MemoryMarshal.Cast<bool, byte>(values).Count((byte)0);
}
