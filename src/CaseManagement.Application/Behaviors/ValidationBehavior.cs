using CaseManagement.Application.Data;
using CaseManagement.Application.Validation;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>
/// First the checks every input passes (<see cref="InputGuard"/>): a request that fails them goes no further, so that
/// no validator or handler ever sees a null item, a megabyte of text or an undefined value. Then the request's own
/// validators, all of them, so that every field's message comes back at once.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators, CaseDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var guarded = InputGuard.Check(request, InputLimits.For(db.Model));
        if (guarded.Count > 0)
            throw new ValidationException(guarded);

        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
            throw new ValidationException(failures);

        return await next();
    }
}
