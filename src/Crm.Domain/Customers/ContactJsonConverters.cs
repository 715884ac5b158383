using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Customers;

/// <summary>Writes an <see cref="EmailAddress"/> as its normalised text; reading validates.</summary>
internal sealed class EmailAddressJsonConverter : ValidatingConverter<EmailAddress>
{
    protected override EmailAddress ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        EmailAddress.Parse(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, EmailAddress value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="PhoneNumber"/> as its E.164 text; reading validates.</summary>
internal sealed class PhoneNumberJsonConverter : ValidatingConverter<PhoneNumber>
{
    protected override PhoneNumber ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        PhoneNumber.Parse(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, PhoneNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes a <see cref="ConsentPurpose"/> as its name; reading validates.</summary>
internal sealed class ConsentPurposeJsonConverter : ValidatingConverter<ConsentPurpose>
{
    protected override ConsentPurpose ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        ConsentPurpose.Of(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, ConsentPurpose value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}

/// <summary>Writes a <see cref="Role"/> as its name; reading validates.</summary>
internal sealed class RoleJsonConverter : ValidatingConverter<Role>
{
    protected override Role ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Role.Of(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, Role value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name);
}
