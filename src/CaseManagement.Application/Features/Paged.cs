namespace CaseManagement.Application.Features;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int PageSize) Clamp(int page, int pageSize) =>
        (Math.Max(1, page), pageSize is < 1 or > MaxPageSize ? 20 : pageSize);
}
