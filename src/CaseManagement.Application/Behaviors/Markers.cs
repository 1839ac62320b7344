using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>A request that changes data: it runs in one transaction with one SaveChanges.</summary>
public interface ICommand;

public interface ICommand<out TResponse> : IRequest<TResponse>, ICommand;

/// <summary>A query that shows children (a search, a list, a duplicate check): its handler records a Search entry, written here.</summary>
public interface IAuditedSearch;

/// <summary>A query whose handler records its own audit entry (a read filed under the record's unit, say), written here.</summary>
public interface IAuditedInHandler;

/// <summary>A query whose success is an audited read of one record (a child's file, say).</summary>
public interface IAuditedRead
{
    string AuditSubjectType { get; }
    Guid AuditSubjectId { get; }
}
