using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// What an <see cref="IJurisdictionRules"/> is asked: may <see cref="Customer"/>'s data be processed for
/// <see cref="Purpose"/> on <see cref="Channel"/> on the strength of <see cref="Basis"/>?
/// </summary>
/// <remarks>A plain value (the contact policy builds it from a customer's ledger); equality is by value.</remarks>
/// <param name="Customer">The customer (a host's rules may look up the customer's jurisdiction by it).</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Basis">The lawful basis of the customer's latest grant for this channel and purpose.</param>
/// <param name="IsExistingCustomer">True when the customer holds a <see cref="LawfulBasis.Contract"/> (bought or
/// negotiated with us): the condition of the soft opt-in for electronic marketing.</param>
public readonly record struct LawfulBasisQuestion(CustomerId Customer, ConsentPurpose Purpose, Channel Channel, LawfulBasis Basis, bool IsExistingCustomer);
