namespace Crm.Domain.Idic.Differentiate;

/// <summary>The ABC (Pareto) class of a customer by share of the base's positive value.</summary>
/// <remarks><c>default</c> is <see cref="Unassigned"/>.</remarks>
public enum AbcClass
{
    /// <summary>Not classified.</summary>
    Unassigned = 0,

    /// <summary>The customers bringing the first share of value (80% by default).</summary>
    A,

    /// <summary>The next share (up to 95% by default).</summary>
    B,

    /// <summary>The rest, including customers of zero or negative value.</summary>
    C,
}
