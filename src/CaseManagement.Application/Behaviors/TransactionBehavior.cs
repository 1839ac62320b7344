using CaseManagement.Application.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Behaviors;

/// <summary>
/// One command, one transaction, one SaveChanges. Runs inside the provider's execution strategy so that a
/// transient SQL Server fault retries the whole command rather than leaving half of it written.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(CaseDbContext db, WriteTurn turn) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand || db.Database.CurrentTransaction is not null)
            return next();

        var attempt = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            if (attempt++ > 0)
                db.ChangeTracker.Clear(); // a retry starts from what the database holds

            await turn.EnterAsync(cancellationToken); // on SQLite, the process's turn to write, for the whole command
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var response = await next();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            finally
            {
                turn.Exit();
            }
        });
    }
}
