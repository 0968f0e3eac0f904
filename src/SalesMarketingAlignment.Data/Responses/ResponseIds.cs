using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>
/// Response ids are random positive 63-bit integers, so that neither an id nor the table's physical order (SQLite stores
/// rows in id order) tells which response came first: with sequential ids, the rows of responses.csv or a leaked copy of
/// the database would line up with the order in which known colleagues answered. A collision is possible once in
/// about 2^63 / responses draws; the hot path draws again (<see cref="SurveyResponseWriter"/>).
/// </summary>
public static class ResponseIds
{
    public static long Next()
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        RandomNumberGenerator.Fill(bytes);
        var id = BinaryPrimitives.ReadInt64LittleEndian(bytes) & long.MaxValue;
        return id == 0 ? 1 : id;
    }
}

/// <summary>Gives responses added through EF Core (seeding, tests, imports) a random id too.</summary>
internal sealed class RandomResponseIdGenerator : ValueGenerator<long>
{
    public override bool GeneratesTemporaryValues => false;

    public override long Next(EntityEntry entry) => ResponseIds.Next();
}

/// <summary>Hands out <see cref="RandomResponseIdGenerator"/>; a factory type is what a compiled EF model can refer to.</summary>
internal sealed class RandomResponseIdGeneratorFactory : ValueGeneratorFactory
{
    public override ValueGenerator Create(IProperty property, ITypeBase typeBase) => new RandomResponseIdGenerator();
}
