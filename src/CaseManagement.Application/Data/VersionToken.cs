using CaseManagement.Domain;

namespace CaseManagement.Application.Data;

/// <summary>The concurrency token as clients see it: the Version column in base64.</summary>
public static class VersionToken
{
    public static string Encode(byte[]? version) => version is null ? string.Empty : Convert.ToBase64String(version);

    public static bool IsValid(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        Span<byte> buffer = stackalloc byte[64];
        return Convert.TryFromBase64String(token, buffer, out _);
    }

    /// <summary>Makes the next save of <paramref name="entity"/> fail with a conflict unless the row still has this version.</summary>
    public static void ExpectVersion<T>(this CaseDbContext db, T entity, string token) where T : class, IVersioned =>
        db.Entry(entity).Property<byte[]>(CaseDbContext.VersionProperty).OriginalValue = Convert.FromBase64String(token);

    public static string VersionOf<T>(this CaseDbContext db, T entity) where T : class, IVersioned =>
        Encode(db.Entry(entity).Property<byte[]>(CaseDbContext.VersionProperty).CurrentValue);
}
