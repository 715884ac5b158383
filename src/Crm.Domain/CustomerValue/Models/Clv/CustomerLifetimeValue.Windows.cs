using System.Buffers;
using System.Runtime.CompilerServices;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.Numerics;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <content>
/// Every window of a customer in one pass (issue 18, item 4): the models with a window kernel
/// (<see cref="IWindowKernel"/>) value one customer per lane over the whole horizon, P(alive) and the per-customer
/// terms computed once; and the deterministic parallel path over <see cref="FixedBlocks"/>.
/// </content>
public static partial class CustomerLifetimeValue
{
    /// <summary>
    /// Values the customers with the model's window kernel, if it has one (BG/NBD, MBG/NBD, Pareto/NBD), and says
    /// whether it did; false for other models and for a <c>default</c> model (whose window-by-window path refuses it).
    /// </summary>
    /// <remarks>
    /// The model is recognised by its type: the count models are public structs of the library, and the generic
    /// parameter is specialised per model, so the test and the reinterpretation cost nothing at run time.
    /// </remarks>
    private static bool InOnePass<TModel>(in TModel model, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination, TaylorAnchors anchors = default)
        where TModel : struct, ITransactionModel
    {
        if (typeof(TModel) == typeof(BgNbdModel))
        {
            var bg = Unsafe.As<TModel, BgNbdModel>(ref Unsafe.AsRef(in model));
            return bg.R > 0d && Run(model, WithAnchors(bg.Windows, anchors), customers, expectedSpend, settings, destination);
        }

        if (typeof(TModel) == typeof(MbgNbdModel))
        {
            var mbg = Unsafe.As<TModel, MbgNbdModel>(ref Unsafe.AsRef(in model));
            return mbg.R > 0d && Run(model, WithAnchors(mbg.Windows, anchors), customers, expectedSpend, settings, destination);
        }

        if (typeof(TModel) == typeof(ParetoNbdModel))
        {
            var pareto = Unsafe.As<TModel, ParetoNbdModel>(ref Unsafe.AsRef(in model));
            return pareto.R > 0d && Run(model, new ParetoNbdWindows(pareto.R, pareto.Alpha, pareto.S, pareto.Beta), customers, expectedSpend, settings, destination);
        }

        return false;
    }

    /// <summary>Runs the kernel at the lane width chosen once for the process (<see cref="LaneBatch.Wide"/>).</summary>
    private static bool Run<TModel, TKernel>(in TModel model, in TKernel kernel, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
        where TKernel : struct, IWindowKernel
    {
        if (LaneBatch.Wide)
        {
            Run<TModel, TKernel, Lane512>(model, kernel, customers, expectedSpend, settings, destination);
        }
        else
        {
            Run<TModel, TKernel, Lane256>(model, kernel, customers, expectedSpend, settings, destination);
        }

        return true;
    }

    /// <summary>
    /// One vector of customers per kernel call; a batch's tail padded with copies of its last customer, and a single
    /// customer as a vector of copies of itself, so a customer's value never depends on its neighbours (nor on the
    /// width). A lane the kernel did not answer is valued window by window.
    /// </summary>
    internal static void Run<TModel, TKernel, TLane>(in TModel model, in TKernel kernel, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
        where TKernel : struct, IWindowKernel
        where TLane : struct, ILane<TLane>
    {
        double step = settings.StepInModelPeriods, factor = settings.DiscountFactorPerStep;
        int horizon = settings.Horizon;
        int width = TLane.Count;
        if (TaylorAnchors.PaysFor((long)customers.Length * horizon) && NeedsAnchors(kernel))
        {
            using var anchors = TaylorAnchors.Rent();
            Run<TModel, TKernel, TLane>(model, WithAnchors(kernel, anchors), customers, expectedSpend, settings, destination);
            return;
        }

        Span<double> lanes = stackalloc double[3 * width];
        var xs = lanes[..width];
        var txs = lanes.Slice(width, width);
        var ages = lanes.Slice(2 * width, width);
        for (int i = 0; i < customers.Length; i += width)
        {
            int count = Math.Min(width, customers.Length - i);
            for (int j = 0; j < width; j++)
            {
                ref readonly var c = ref customers[i + Math.Min(j, count - 1)];
                xs[j] = c.Frequency;
                txs[j] = c.Recency;
                ages[j] = c.Age;
            }

            var (total, fine) = kernel.Discounted(TLane.Load(xs), TLane.Load(txs), TLane.Load(ages), step, horizon, factor);
            for (int lane = 0; lane < count; lane++)
            {
                double perTransaction = settings.Margin * expectedSpend[i + lane];
                destination[i + lane] = fine.GetElement(lane) != 0d
                    ? perTransaction * total.GetElement(lane)
                    : Cumulative(model, customers[i + lane], perTransaction, settings);
            }
        }
    }

    /// <summary>
    /// The batch on up to <see cref="ClvSettings.MaxDegreeOfParallelism"/> threads: the inputs are copied to pooled
    /// arrays (a span cannot reach another thread) and valued in fixed blocks of 8,192, each block exactly as the
    /// single-threaded path values it.
    /// </summary>
    private static void InParallel<TModel>(in TModel model, ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> expectedSpend, ClvSettings settings, Span<double> destination)
        where TModel : struct, ITransactionModel
    {
        int count = customers.Length;
        var rows = ArrayPool<CustomerSummary>.Shared.Rent(count);
        var spends = ArrayPool<double>.Shared.Rent(count);
        var values = ArrayPool<double>.Shared.Rent(count);
        try
        {
            customers.CopyTo(rows);
            expectedSpend.CopyTo(spends);
            InParallel(model, rows, spends, count, settings, values);
            values.AsSpan(0, count).CopyTo(destination);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<double>.Shared.Return(spends);
            ArrayPool<CustomerSummary>.Shared.Return(rows);
        }
    }

    /// <summary>The parallel batch over arrays of at least <paramref name="count"/> items.</summary>
    private static void InParallel<TModel>(TModel model, CustomerSummary[] customers, double[] expectedSpend, int count, ClvSettings settings, double[] destination)
        where TModel : struct, ITransactionModel
    {
        // One table of Taylor rows for every block (rows are the same bits whoever builds them).
        using var anchors = (typeof(TModel) == typeof(BgNbdModel) || typeof(TModel) == typeof(MbgNbdModel)) && TaylorAnchors.PaysFor((long)count * settings.Horizon)
            ? TaylorAnchors.Rent()
            : default;
        FixedBlocks.For(FixedBlocks.Count(count), settings.MaxDegreeOfParallelism, block =>
        {
            var (start, end) = FixedBlocks.Range(block, count);
            var rows = customers.AsSpan(start, end - start);
            var spends = expectedSpend.AsSpan(start, end - start);
            var values = destination.AsSpan(start, end - start);
            if (!InOnePass(model, rows, spends, settings, values, anchors))
            {
                WindowByWindow(model, rows, spends, settings, values);
            }
        });
    }

    /// <summary>Whether the kernel reads Taylor rows and has no table yet (a JIT-time type test).</summary>
    private static bool NeedsAnchors<TKernel>(in TKernel kernel)
        where TKernel : struct, IWindowKernel =>
        typeof(TKernel) == typeof(BetaGeometricWindows) && Unsafe.As<TKernel, BetaGeometricWindows>(ref Unsafe.AsRef(in kernel)).NeedsAnchors;

    /// <summary>The kernel reading and filling <paramref name="anchors"/> (itself for kernels without Taylor rows).</summary>
    private static TKernel WithAnchors<TKernel>(in TKernel kernel, TaylorAnchors anchors)
        where TKernel : struct, IWindowKernel
    {
        if (typeof(TKernel) != typeof(BetaGeometricWindows) || !anchors.IsOpen)
        {
            return kernel;
        }

        var anchored = Unsafe.As<TKernel, BetaGeometricWindows>(ref Unsafe.AsRef(in kernel)).WithAnchors(anchors);
        return Unsafe.As<BetaGeometricWindows, TKernel>(ref anchored);
    }
}
