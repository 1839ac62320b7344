using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>A SQLite database as one value: every table's every row, hashed in order; and how many tables hold rows.</summary>
public static class DatabaseFingerprint
{
    public static async Task<(string Hash, int TablesWithRows)> OfAsync(DbConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        Assert.That(tables, Does.Contain("Children").And.Contain("Cases").And.Contain("AuditEntries"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var withRows = 0;
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
            }

            withRows += rows > 0 ? 1 : 0;
        }

        return (Convert.ToHexString(hash.GetHashAndReset()), withRows);
    }

    /// <summary>The test app's database.</summary>
    public static Task<string> OfTestAppAsync() => TestApp.WithDbAsync(async db =>
    {
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database);
        return (await OfAsync(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database))).Hash;
    });
}
