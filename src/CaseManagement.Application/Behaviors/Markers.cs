using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>A request that changes data: it runs in one transaction with one SaveChanges.</summary>
public interface ICommand;

public interface ICommand<out TResponse> : IRequest<TResponse>, ICommand;

/// <summary>A query whose success is an audited read of one record (a child's file, say).</summary>
public interface IAuditedRead
{
    string AuditSubjectType { get; }
    Guid AuditSubjectId { get; }
}
