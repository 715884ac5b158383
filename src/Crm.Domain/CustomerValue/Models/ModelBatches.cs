using Ardalis.GuardClauses;
using Crm.Domain.Guards;
namespace Crm.Domain.CustomerValue.Models;

/// <summary>Span batches the count models share, written once.</summary>
internal static class ModelBatches
{
    /// <summary>E[X(t)] of a new customer per window; every window is checked before the first write.</summary>
    public static void NewCustomerOverWindows<TModel>(in TModel model, ReadOnlySpan<double> windows, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.LengthMismatch(destination.Length, windows.Length, "window");
        foreach (double t in windows)
        {
            Guard.Against.NegativeValue(t, nameof(windows));
        }

        for (int i = 0; i < windows.Length; i++)
        {
            destination[i] = model.ExpectedTransactionsNewCustomer(windows[i]);
        }
    }
}
