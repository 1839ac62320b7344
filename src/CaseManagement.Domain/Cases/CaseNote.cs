namespace CaseManagement.Domain.Cases;

/// <summary>A dated note on a case. Anything but <see cref="NoteSensitivity.Normal"/> is restricted.</summary>
public sealed class CaseNote : IAudited
{
    private CaseNote()
    {
        Text = string.Empty;
    }

    public CaseNote(Guid caseId, Guid unitId, string text, NoteSensitivity sensitivity, Guid authorId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainRuleException("Note.Empty", "A note needs text.");
        Id = Guid.NewGuid();
        CaseId = caseId;
        UnitId = unitId;
        Text = text.Trim();
        Sensitivity = sensitivity;
        AuthorId = authorId;
        WrittenAt = at;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Text { get; private set; }
    public NoteSensitivity Sensitivity { get; private set; }
    public bool IsRestricted => Sensitivity != NoteSensitivity.Normal;
    public Guid AuthorId { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
}

/// <summary>A file attached to a case. The bytes live in <see cref="AttachmentContent"/>, read only on download.</summary>
public sealed class CaseAttachment : IAudited
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private CaseAttachment()
    {
        FileName = ContentType = string.Empty;
    }

    public CaseAttachment(Guid caseId, Guid unitId, string fileName, string contentType, long size, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        UnitId = unitId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        UploadedBy = by;
        UploadedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid UnitId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
}

public sealed class AttachmentContent
{
    private AttachmentContent()
    {
        Bytes = [];
    }

    public AttachmentContent(Guid attachmentId, byte[] bytes)
    {
        AttachmentId = attachmentId;
        Bytes = bytes;
    }

    public Guid AttachmentId { get; private set; }
    public byte[] Bytes { get; private set; }
}

/// <summary>Recognises the allowed attachment types by their first bytes, never by the file name.</summary>
public static class FileSignature
{
    public static string? ContentTypeOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return "application/pdf";
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return "image/jpeg";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return "image/png";
        return null;
    }

    public static bool ExtensionMatches(string fileName, string contentType) =>
        (Path.GetExtension(fileName).ToUpperInvariant(), contentType) switch
        {
            (".PDF", "application/pdf") => true,
            (".JPG" or ".JPEG", "image/jpeg") => true,
            (".PNG", "image/png") => true,
            _ => false,
        };
}
