using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Crm.Samples.Cluster.Grains.Storage;

/// <summary>
/// Lets PostgreSQL's errors cross a grain call. A failed state write surfaces in the caller as Orleans' storage
/// exception with Npgsql's <c>PostgresException</c> inside; Orleans' exception codec serialises only exception types
/// in the namespaces it is told of (System, Microsoft, Azure by default), so without this the caller got a
/// <c>CodecNotFoundException</c> and the database's own message (SQL state, text) was lost. With it, the caller's
/// exception carries the database's message (e.g. <c>53300: sorry, too many clients already</c>).
/// </summary>
public static class StorageErrors
{
    /// <summary>The namespace of Npgsql's exceptions (<c>NpgsqlException</c>, <c>PostgresException</c>).</summary>
    public const string NpgsqlNamespace = "Npgsql";

    /// <summary>Adds Npgsql's namespace to the exception types Orleans serialises; silos and clients both need it
    /// (one writes the exception, the other reads it).</summary>
    public static IServiceCollection CarryAcrossGrainCalls(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add(NpgsqlNamespace));
    }
}
