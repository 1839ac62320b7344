using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

/// <summary>
/// Which database failures are the user's conflict and which are our bug. Only a unique key taken by someone else
/// (two people registering at once, a code already used) is a conflict the user can resolve; a broken foreign key, a
/// NOT NULL or a check is a defect and must surface as one.
/// </summary>
public static class DatabaseErrors
{
    private const int SqliteUnique = 2067;      // SQLITE_CONSTRAINT_UNIQUE
    private const int SqlitePrimaryKey = 1555;  // SQLITE_CONSTRAINT_PRIMARYKEY
    private static readonly int[] SqlServerDuplicateKey = [2601, 2627];

    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException sqlite)
                return sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey;
            // Microsoft.Data.SqlClient.SqlException, known by name: this assembly does not reference the client itself.
            if (inner.GetType().FullName == "Microsoft.Data.SqlClient.SqlException"
                && inner.GetType().GetProperty("Number")?.GetValue(inner) is int number)
                return SqlServerDuplicateKey.Contains(number);
        }

        return false;
    }
}
