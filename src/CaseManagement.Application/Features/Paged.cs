using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features;

/// <summary>
/// A page read by key: its items, the cursor of the next page (<c>null</c> on the last) and how many rows the list
/// holds, counted up to <see cref="Paging.TotalCap"/> (<see cref="TotalCapped"/>: "more than" that). No page costs
/// more than its own rows and the capped count, however deep it is.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, string? Next, int Total, bool TotalCapped)
{
}

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Counts stop here: past it a list says "more than 1,000", never an exact count of 100,000 rows.</summary>
    public const int TotalCap = 1_000;

    /// <summary>How many rows <paramref name="rows"/> holds, up to <see cref="TotalCap"/> (and whether there are more).</summary>
    public static async Task<(int Total, bool Capped)> CountAsync<T>(IQueryable<T> rows, CancellationToken ct)
    {
        var count = await rows.Take(TotalCap + 1).CountAsync(ct);
        return count > TotalCap ? (TotalCap, true) : (count, false);
    }

    /// <summary>
    /// The page from rows read in list order (one more than <paramref name="size"/>, to know if a next page exists),
    /// its cursor made from the last row shown.
    /// </summary>
    public static Paged<TItem> Page<TRow, TItem>(IReadOnlyList<TRow> rows, int size, Func<TRow, TItem> item, Func<TRow, string> cursor,
        (int Total, bool Capped) count)
    {
        var shown = rows.Take(size).ToList();
        var next = rows.Count > size ? cursor(shown[^1]) : null;
        return new Paged<TItem>(shown.Select(item).ToList(), next, count.Total, count.Capped);
    }
}

/// <summary>
/// The opaque "after" token of a list: the sort key of the last row shown, base64url-encoded. It says nothing a caller
/// could not read in the page itself; a token that does not decode is a 400 on its field.
/// </summary>
public static class Cursor
{
    private const char Separator = '\u001f';

    public const string Invalid = "Paging.Cursor";

    public static string Of(params object[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts.Select(Text))));

    public static string Of(DateTimeOffset at, string key) => Of(at.UtcTicks, key);

    /// <summary>The parts of a token made by <see cref="Of(object[])"/> with <paramref name="count"/> parts, or null.</summary>
    public static string[]? Read(string? token, int count)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 400)
            return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(Separator);
            return parts.Length == count ? parts : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A (moment, text key) cursor: the form most lists use.</summary>
    public static bool TryRead(string? token, out DateTimeOffset at, out string key)
    {
        at = default;
        key = string.Empty;
        if (Read(token, 2) is not [var ticks, var k] || Moment(ticks) is not { } moment)
            return false;
        at = moment;
        key = k;
        return true;
    }

    /// <summary>A moment written by <see cref="Of(DateTimeOffset, string)"/> (UTC ticks), or null.</summary>
    public static DateTimeOffset? Moment(string ticks) =>
        long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;

    private static string Text(object part) => part switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => part.ToString() ?? string.Empty,
    };
}
