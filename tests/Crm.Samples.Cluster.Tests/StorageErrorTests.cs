using Crm.Samples.Cluster.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace Crm.Samples.Cluster.Tests;

/// <summary>A PostgreSQL error inside a grain reaches the caller with the database's message: the exception crosses
/// the grain boundary through Orleans' own serializer, configured as the silos and clients configure it.</summary>
public sealed class StorageErrorTests
{
    // What the ADO.NET grain storage throws when a write fails: Orleans' exception with Npgsql's inside.
    private static OrleansException StorageFailure() =>
        new("Error from storage provider AdoNetGrainStorage during WriteStateAsync",
            new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections));

    [Fact]
    public void APostgresError_CrossesAGrainCall_WithItsSqlStateAndText()
    {
        using var services = Serializers(carry: true);
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(StorageFailure()));

        Assert.IsType<OrleansException>(copy);
        var inner = Assert.IsType<PostgresException>(copy.InnerException);
        Assert.Contains("53300", inner.Message, StringComparison.Ordinal);
        Assert.Contains("sorry, too many clients already", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutIt_OrleansHasNoCodecForTheError()
    {
        // The failure CI once saw (CodecNotFoundException, the database's message lost): the reason for StorageErrors.
        using var services = Serializers(carry: false);
        var serializer = services.GetRequiredService<Serializer>();

        var error = Assert.Throws<CodecNotFoundException>(() => serializer.SerializeToArray<Exception>(StorageFailure()));
        Assert.Contains("Npgsql.PostgresException", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Serializers(bool carry)
    {
        var services = new ServiceCollection().AddSerializer();
        if (carry)
        {
            StorageErrors.CarryAcrossGrainCalls(services);
        }

        return services.BuildServiceProvider();
    }
}
