using System.Collections.Concurrent;
using System.Reflection;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>
/// Enforces <see cref="AuthorizeAttribute"/> on the request type, whoever sends it: deny by default, so a request
/// that declares neither it nor <see cref="SystemJobAttribute"/> never runs. A job's request runs only with nobody
/// signed in.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, (AuthorizeAttribute[] Authorize, bool SystemJob)> Declarations = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var (attributes, systemJob) = Declarations.GetOrAdd(typeof(TRequest), t =>
            (t.GetCustomAttributes<AuthorizeAttribute>().ToArray(), t.IsDefined(typeof(SystemJobAttribute), inherit: true)));
        if (systemJob)
        {
            if (user.IsAuthenticated)
                throw new ForbiddenException("This is run by the system's jobs only.");
            return next();
        }

        if (attributes.Length == 0)
            throw new InvalidOperationException($"{typeof(TRequest).FullName} declares neither [Authorize] nor [SystemJob]: it is refused.");

        if (!user.IsAuthenticated)
            throw new UnauthenticatedException();

        foreach (var attribute in attributes.Where(a => !string.IsNullOrWhiteSpace(a.Roles)))
        {
            if (!Roles.Split(attribute.Roles).Any(user.IsInRole))
                throw new ForbiddenException();
        }

        return next();
    }
}
