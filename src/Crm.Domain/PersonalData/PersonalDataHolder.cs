using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.PersonalData;

/// <summary>The shape every holder of the library shares: guards at the entry points, the holding checked before an
/// erasure, and a small builder of export fields. Subclasses say only what they hold, export and erase.</summary>
/// <typeparam name="T">The wrapped aggregate.</typeparam>
internal abstract class PersonalDataHolder<T> : IPersonalDataHolder
    where T : class
{
    protected PersonalDataHolder(string kind, string id, T value)
    {
        Kind = kind;
        Id = id;
        Value = value;
    }

    public string Kind { get; }

    public string Id { get; }

    public object Aggregate => Value;

    protected T Value { get; }

    public PersonalDataHolding Holding(CustomerId subject)
    {
        Guard.Against.Uninitialized(subject, !subject.IsDefault);
        return HoldingOf(subject);
    }

    public PersonalDataRead ExportSubject(CustomerId subject, Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(subject, !subject.IsDefault);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        var fields = new Fields();
        var after = Read(subject, actor, at, fields);
        return new PersonalDataRead(new PersonalDataRecord(Kind, Id, HoldingOf(subject), fields.ToImmutable()), after);
    }

    public PersonalDataErasure EraseSubject(CustomerId subject, Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(subject, !subject.IsDefault);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        switch (HoldingOf(subject))
        {
            case PersonalDataHolding.Nothing:
                throw new ArgumentException($"{Kind} {Id} holds nothing about customer {subject}.", nameof(subject));
            case PersonalDataHolding.Erased:
                throw new IllegalTransitionException($"{Kind} {Id}", nameof(PersonalDataHolding.Erased), "Erased", $"customer {subject}'s data is already erased");
            case PersonalDataHolding.LinksOnly:
                return new PersonalDataErasure(this, null);
            default:
                return Erased(subject, actor, at);
        }
    }

    public override string ToString() => $"{Kind} {Id}";

    protected abstract PersonalDataHolding HoldingOf(CustomerId subject);

    /// <summary>Adds what the aggregate holds about the subject to <paramref name="fields"/>; returns the holder after the read.</summary>
    protected abstract IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields);

    protected abstract PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at);

    /// <summary>The erasure of a process: the holder over the new aggregate and its last event.</summary>
    protected static PersonalDataErasure Of<TEvent>(IPersonalDataHolder holder, IProcess<TEvent> erased)
        where TEvent : class, IProcessEvent => new(holder, erased.History[^1]);

    /// <summary>Export fields, each value as machine-readable text; null values are left out.</summary>
    protected internal sealed class Fields
    {
        private readonly ImmutableArray<PersonalDataField>.Builder _items = ImmutableArray.CreateBuilder<PersonalDataField>();

        public void Add(string name, string? value)
        {
            if (value is not null)
            {
                _items.Add(new PersonalDataField(name, value.Length > PersonalDataField.MaxValueLength ? value[..PersonalDataField.MaxValueLength] : value));
            }
        }

        public void Add(string name, Instant? value) => Add(name, value is { } v ? InstantPattern.General.Format(v) : null);

        public void Add(string name, LocalDate? value) => Add(name, value is { } v ? LocalDatePattern.Iso.Format(v) : null);

        public void Add<TEnum>(string name, TEnum value)
            where TEnum : struct, Enum => Add(name, value.ToString());

        public void Add(string name, Money? value) => Add(name, value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.Amount} {v.Currency}") : null);

        public ImmutableArray<PersonalDataField> ToImmutable() => _items.ToImmutable();
    }
}
