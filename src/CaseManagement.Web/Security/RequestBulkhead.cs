namespace CaseManagement.Web.Security;

/// <summary>
/// At most <c>Server:MaxConcurrentRequests</c> requests (4 per core by default) work at once; the others wait their
/// turn. On two cores, 64 requests at once would each open a database connection with its own page cache and share the
/// processor 64 ways: every one of them slow, memory climbing. A short queue in front serves the same requests sooner,
/// in order, with bounded memory. A request that waits longer than 30 s gets 503 with Retry-After.
/// </summary>
public sealed class RequestBulkhead : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public RequestBulkhead(IConfiguration configuration)
    {
        Limit = configuration.GetValue("Server:MaxConcurrentRequests", 4 * Environment.ProcessorCount);
        _slots = new SemaphoreSlim(Limit, Limit);
    }

    public int Limit { get; }

    public void Dispose() => _slots.Dispose();

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!await _slots.WaitAsync(MaxWait, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }

        try
        {
            await next();
        }
        finally
        {
            _slots.Release();
        }
    }
}
