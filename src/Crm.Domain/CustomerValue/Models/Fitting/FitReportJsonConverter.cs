using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Guards;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Writes a <see cref="FitReport"/> as <c>{"model":"BG/NBD","parameters":[{"name":"r","value":0.24,"standardError":0.01},…],
/// "logLikelihood":…,"iterations":…,"stopReason":"Converged","message":…,"gradientNorm":…,"customers":…,
/// "distinctRows":…,"period":"Week"}</c> (AIC, BIC and the intervals are derived, not written); reading is strict
/// (<see cref="JsonObjectReader"/>) and checks every rule of the report, so a hand-edited report cannot load half-valid.
/// </summary>
internal sealed class FitReportJsonConverter : ValidatingConverter<FitReport>
{
    private static readonly JsonObjectShape Shape = new(
        nameof(FitReport),
        ["model", "parameters", "logLikelihood", "iterations", "stopReason", "message", "gradientNorm", "customers", "distinctRows"],
        "period");

    private static readonly JsonObjectShape EstimateShape = new(nameof(ParameterEstimate), ["name", "value"], "standardError");

    /// <summary>Reads a report (the reader on its start), checking every rule.</summary>
    internal static FitReport ReadReport(ref Utf8JsonReader reader)
    {
        string model = string.Empty, message = string.Empty;
        var parameters = ImmutableArray<ParameterEstimate>.Empty;
        double logLikelihood = 0d, gradientNorm = 0d, customers = 0d;
        int iterations = 0, distinctRows = 0;
        var reason = FitStopReason.Unknown;
        SummaryPeriod? period = null;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: model = members.String(ref reader); break;
                case 1: parameters = ReadEstimates(ref reader, members); break;
                case 2: logLikelihood = members.Double(ref reader); break;
                case 3: iterations = members.Int32(ref reader); break;
                case 4: reason = members.Enum<FitStopReason>(ref reader); break;
                case 5: message = members.String(ref reader); break;
                case 6: gradientNorm = members.Double(ref reader); break;
                case 7: customers = members.Double(ref reader); break;
                case 8: distinctRows = members.Int32(ref reader); break;
                default: period = members.Enum<SummaryPeriod>(ref reader); break;
            }
        }

        Guard.Against.NullOrWhiteSpace(model);
        Guard.Against.TooLong(model, 64);
        Guard.Against.TooLong(message, 4096);
        // AIC and BIC are −2 LL plus a penalty: a log-likelihood beyond ±1e300 would make them infinite (found by the
        // JSON fuzzer). Real fits are many orders of magnitude inside.
        Guard.Against.OutsideRange(logLikelihood, -1e300, 1e300);
        Guard.Against.NegativeValue(iterations);
        Guard.Against.UndefinedEnum(reason);
        Guard.Against.NegativeValue(gradientNorm);
        Guard.Against.NotStrictlyPositive(customers);
        Guard.Against.NotStrictlyPositive(distinctRows);
        if (parameters.IsEmpty)
        {
            throw new JsonException("FitReport needs at least one parameter estimate; 'parameters' was empty.");
        }

        return new FitReport(model, parameters, logLikelihood, iterations, reason, message, gradientNorm, customers, distinctRows, period);
    }

    /// <summary>Writes a report as an object.</summary>
    internal static void WriteReport(Utf8JsonWriter writer, FitReport value)
    {
        writer.WriteStartObject();
        writer.WriteString("model", value.Model);
        writer.WriteStartArray("parameters");
        foreach (var e in value.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("name", e.Name);
            writer.WriteNumber("value", e.Value);
            if (e.StandardError is { } se)
            {
                writer.WriteNumber("standardError", se);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("logLikelihood", value.LogLikelihood);
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteString("stopReason", value.StopReason.ToString());
        writer.WriteString("message", value.Message);
        writer.WriteNumber("gradientNorm", value.GradientNorm);
        writer.WriteNumber("customers", value.Customers);
        writer.WriteNumber("distinctRows", value.DistinctRows);
        if (value.Period is { } period)
        {
            writer.WriteString("period", period.ToString());
        }

        writer.WriteEndObject();
    }

    protected override FitReport ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadReport(ref reader);

    public override void Write(Utf8JsonWriter writer, FitReport value, JsonSerializerOptions options) => WriteReport(writer, value);

    private static ImmutableArray<ParameterEstimate> ReadEstimates(ref Utf8JsonReader reader, JsonObjectReader owner)
    {
        owner.Expect(ref reader, JsonTokenType.StartArray, "an array of estimates");
        var estimates = ImmutableArray.CreateBuilder<ParameterEstimate>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string name = string.Empty;
            double value = 0d;
            double? standardError = null;
            var members = EstimateShape.Begin(ref reader);
            while (members.Next(ref reader))
            {
                switch (members.Member)
                {
                    case 0: name = members.String(ref reader); break;
                    case 1: value = members.Double(ref reader); break;
                    default: standardError = members.Double(ref reader); break;
                }
            }

            string at = string.Create(CultureInfo.InvariantCulture, $"parameters[{estimates.Count}]");
            Guard.Against.NullOrWhiteSpace(name, at + ".name");
            Guard.Against.TooLong(name, 64, at + ".name");
            Guard.Against.NotStrictlyPositive(value, at + ".value");
            if (standardError is { } se)
            {
                Guard.Against.NotStrictlyPositive(se, at + ".standardError");
            }

            estimates.Add(new ParameterEstimate(name, value, standardError));
        }

        return estimates.ToImmutable();
    }
}
