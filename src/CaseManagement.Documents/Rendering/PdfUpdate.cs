using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace CaseManagement.Documents.Rendering;

/// <summary>
/// What Skia's PDF backend does not write, added by rewriting its output: the objects are copied in their order, the
/// changed ones in place of the originals, with a new cross-reference table (so the file does not carry both versions,
/// as an incremental update would):
/// <list type="bullet">
/// <item>each line's logical text: the text objects Skia wrote for a line that is partly right to left get a
/// marked-content span whose ActualText is the line's text in reading order on the line's first run and empty on its
/// other runs, so copying or searching a line of an Arabic letter gives its words, references and numbers in the order
/// they are read, not the order they are drawn (a line drawn in reading order needs none; a page of such lines is left
/// as Skia wrote it);</item>
/// <item>XMP metadata (title, author, subject, language, dates, tools) matching the document information dictionary;</item>
/// <item>the catalog's <c>/Lang</c>.</item>
/// </list>
/// A page whose text objects do not match the runs drawn on it (which Skia has not been seen to do) keeps its content.
/// </summary>
internal static class PdfUpdate
{
    /// <summary>The PDF rewritten with the changed objects in place (or <paramref name="pdf"/> itself when it cannot be read).</summary>
    public static byte[] Rewrite(byte[] pdf, DocumentMetadata metadata, IReadOnlyList<List<string?>> pageRuns)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref < 0 || trailerAt < 0 || metadata.Language.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            return pdf;
        var xrefAt = int.Parse(text.AsSpan(startXref + 9).Trim().ToString().Split('\n', '\r')[0], CultureInfo.InvariantCulture);
        var offsets = CrossReference(text, xrefAt);
        var trailer = text[trailerAt..startXref];
        var root = Reference(trailer, "/Root");
        var size = Reference(trailer, "/Size");
        var info = Reference(trailer, "/Info");
        if (root is not { } catalogNumber || size is not { } objectCount || !offsets.TryGetValue(catalogNumber, out var catalogAt))
            return pdf;

        var replaced = new Dictionary<int, byte[]>();

        // ActualText on the text objects of pages that need it.
        var catalog = Dictionary(text, catalogAt);
        var pages = Pages(text, offsets, Reference(catalog, "/Pages"));
        for (var p = 0; p < pages.Count && p < pageRuns.Count; p++)
        {
            if (pageRuns[p].TrueForAll(r => r is null))
                continue; // every line of the page is drawn in reading order
            var contents = Reference(Dictionary(text, offsets[pages[p]]), "/Contents");
            if (contents is not { } streamNumber || !offsets.TryGetValue(streamNumber, out var streamAt))
                continue;
            var content = ReadStream(pdf, text, streamAt);
            var marked = content is null ? null : MarkText(content, pageRuns[p]);
            if (marked is null)
                continue;
            replaced[streamNumber] = StreamObject(streamNumber, "/Filter /FlateDecode", Compress(marked));
        }

        // XMP metadata, and the catalog that points to it and names the language.
        var metadataNumber = objectCount;
        var added = StreamObject(metadataNumber, "/Type /Metadata\n/Subtype /XML", Encoding.UTF8.GetBytes(Xmp(metadata)));
        replaced[catalogNumber] = Encoding.Latin1.GetBytes(
            $"{catalogNumber} 0 obj\n{catalog.TrimEnd()[..^2]}\n/Lang ({metadata.Language})\n/Metadata {metadataNumber} 0 R>>\nendobj\n");

        // The objects in their original order, each up to where the next begins; then a new cross-reference table.
        var order = offsets.OrderBy(o => o.Value).ToList();
        var output = new MemoryStream(pdf.Length + 4096);
        output.Write(pdf, 0, order[0].Value);
        var positions = new Dictionary<int, long>();
        for (var k = 0; k < order.Count; k++)
        {
            var (number, offset) = (order[k].Key, order[k].Value);
            positions[number] = output.Length;
            if (replaced.TryGetValue(number, out var bytes))
                output.Write(bytes);
            else
                output.Write(pdf, offset, (k + 1 < order.Count ? order[k + 1].Value : xrefAt) - offset);
        }

        positions[metadataNumber] = output.Length;
        output.Write(added);
        var xref = output.Length;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objectCount + 1}\n0000000000 65535 f \n");
        for (var number = 1; number <= objectCount; number++)
        {
            table.Append(positions.TryGetValue(number, out var at)
                ? string.Create(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n")
                : "0000000000 65535 f \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objectCount + 1}\n/Root {catalogNumber} 0 R")
            .Append(info is null ? string.Empty : $"\n/Info {info} 0 R")
            .Append(CultureInfo.InvariantCulture, $">>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(output, table.ToString());
        return output.ToArray();
    }

    private static byte[] StreamObject(int number, string dictionary, byte[] data)
    {
        using var output = new MemoryStream(data.Length + 96);
        Ascii(output, $"{number} 0 obj\n<<{dictionary}\n/Length {data.Length}>> stream\n");
        output.Write(data);
        Ascii(output, "\nendstream\nendobj\n");
        return output.ToArray();
    }

    /// <summary>
    /// The content with a <c>/Span &lt;&lt;/ActualText …&gt;&gt; BDC … EMC</c> inside each text object (BT … ET), the k-th
    /// text object taking the k-th run's text; null when the counts differ.
    /// </summary>
    internal static byte[]? MarkText(byte[] content, List<string?> runs)
    {
        var objects = TextObjects(content);
        if (objects.Count != runs.Count)
            return null;
        var extra = 0;
        foreach (var run in runs)
        {
            if (run is not null)
                extra += SpanOpen.Length + 4 + run.Length * 4 + SpanClose.Length + SpanEnd.Length;
        }
        var output = new byte[content.Length + extra];
        var written = 0;
        var at = 0;
        for (var k = 0; k < objects.Count; k++)
        {
            if (runs[k] is not { } text)
                continue;
            var (begin, end) = objects[k];
            Copy(content.AsSpan(at, begin + 2 - at)); // up to and including BT
            Copy(SpanOpen);
            Copy("FEFF"u8);
            foreach (var c in text)
            {
                var value = (int)c;
                for (var shift = 12; shift >= 0; shift -= 4)
                    output[written++] = (byte)"0123456789ABCDEF"[(value >> shift) & 0xF];
            }

            Copy(SpanClose);
            Copy(content.AsSpan(begin + 2, end - (begin + 2))); // the text object's body
            Copy(SpanEnd);
            at = end; // ET follows
        }

        Copy(content.AsSpan(at));
        return output;

        void Copy(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(output.AsSpan(written));
            written += bytes.Length;
        }
    }

    private static ReadOnlySpan<byte> SpanOpen => "\n/Span<</ActualText <"u8;

    private static ReadOnlySpan<byte> SpanClose => ">>> BDC\n"u8;

    private static ReadOnlySpan<byte> SpanEnd => "EMC\n"u8;

    /// <summary>
    /// Positions of the BT and ET operators of each text object, found by a lexer that skips strings, names and
    /// comments (hex strings hold B and E digits) and jumps over numbers and spaces with a vectorised search.
    /// </summary>
    internal static List<(int Begin, int End)> TextObjects(byte[] content)
    {
        var result = new List<(int, int)>();
        var span = content.AsSpan();
        var begin = -1;
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(Interesting);
            if (next < 0)
                break;
            i += next;
            switch (span[i])
            {
                case (byte)'(':
                {
                    var depth = 0;
                    for (; i < span.Length; i++)
                    {
                        if (span[i] == '\\')
                            i++;
                        else if (span[i] == '(')
                            depth++;
                        else if (span[i] == ')' && --depth == 0)
                            break;
                    }

                    i++;
                    break;
                }

                case (byte)'<':
                    if (i + 1 < span.Length && span[i + 1] == '<')
                    {
                        i += 2;
                        break;
                    }

                    var close = span[i..].IndexOf((byte)'>');
                    i = close < 0 ? span.Length : i + close + 1;
                    break;
                case (byte)'%':
                    var end = span[i..].IndexOfAny((byte)'\n', (byte)'\r');
                    i = end < 0 ? span.Length : i + end;
                    break;
                case (byte)'/':
                    i++;
                    while (i < span.Length && !IsDelimiterOrSpace(span[i]))
                        i++;
                    break;
                default: // B or E
                    var token = i > 0 && !IsDelimiterOrSpace(span[i - 1]);
                    var isTextOperator = !token && i + 1 < span.Length && span[i + 1] == 'T' && (i + 2 == span.Length || IsDelimiterOrSpace(span[i + 2]));
                    if (isTextOperator && span[i] == 'B')
                    {
                        begin = i;
                    }
                    else if (isTextOperator && begin >= 0)
                    {
                        result.Add((begin, i));
                        begin = -1;
                    }

                    // Skip the rest of this token (an operator or part of a number or name).
                    i++;
                    while (i < span.Length && !IsDelimiterOrSpace(span[i]))
                        i++;
                    break;
            }
        }

        return result;
    }

    private static readonly SearchValues<byte> Interesting = SearchValues.Create("(<%/BE"u8);

    private static bool IsDelimiterOrSpace(byte c) =>
        c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
            or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static string Xmp(DocumentMetadata m)
    {
        static string E(string value) => SecurityElement.Escape(value);
        var created = m.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               + "<dc:format>application/pdf</dc:format>\n"
               + $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Title)}</rdf:li></rdf:Alt></dc:title>\n"
               + $"<dc:creator><rdf:Seq><rdf:li>{E(m.Author)}</rdf:li></rdf:Seq></dc:creator>\n"
               + $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Subject)}</rdf:li></rdf:Alt></dc:description>\n"
               + $"<dc:language><rdf:Bag><rdf:li>{E(m.Language)}</rdf:li></rdf:Bag></dc:language>\n"
               + $"<xmp:CreateDate>{created}</xmp:CreateDate>\n<xmp:ModifyDate>{created}</xmp:ModifyDate>\n<xmp:MetadataDate>{created}</xmp:MetadataDate>\n"
               + $"<xmp:CreatorTool>{E(m.Creator)}</xmp:CreatorTool>\n"
               + "<pdf:Producer>CaseManagement.Documents (Skia, HarfBuzz)</pdf:Producer>\n"
               + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
    }

    private static Dictionary<int, int> CrossReference(string text, int at)
    {
        var offsets = new Dictionary<int, int>();
        var tokens = text[(at + 4)..text.IndexOf("trailer", at, StringComparison.Ordinal)]
            .Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var t = 0; t + 1 < tokens.Length;)
        {
            var first = int.Parse(tokens[t], CultureInfo.InvariantCulture);
            var count = int.Parse(tokens[t + 1], CultureInfo.InvariantCulture);
            t += 2;
            for (var k = 0; k < count && t + 2 < tokens.Length + 1; k++, t += 3)
            {
                if (tokens[t + 2] == "n")
                    offsets[first + k] = int.Parse(tokens[t], CultureInfo.InvariantCulture);
            }
        }

        return offsets;
    }

    /// <summary>The dictionary of the object at <paramref name="offset"/> (up to its stream or its end).</summary>
    private static string Dictionary(string text, int offset)
    {
        var start = text.IndexOf("<<", offset, StringComparison.Ordinal);
        var endObject = text.IndexOf("endobj", offset, StringComparison.Ordinal);
        var stream = text.IndexOf("stream", offset, StringComparison.Ordinal);
        var end = stream >= 0 && stream < endObject ? stream : endObject;
        return text[start..end].TrimEnd();
    }

    private static List<int> Pages(string text, Dictionary<int, int> offsets, int? node)
    {
        var pages = new List<int>();
        if (node is not { } number || !offsets.TryGetValue(number, out var offset))
            return pages;
        var dictionary = Dictionary(text, offset);
        if (dictionary.Contains("/Type /Pages", StringComparison.Ordinal))
        {
            var kids = dictionary[(dictionary.IndexOf("/Kids", StringComparison.Ordinal) + 5)..];
            kids = kids[(kids.IndexOf('[') + 1)..kids.IndexOf(']')];
            var parts = kids.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 2 < parts.Length + 1; i += 3)
                pages.AddRange(Pages(text, offsets, int.Parse(parts[i], CultureInfo.InvariantCulture)));
        }
        else
        {
            pages.Add(number);
        }

        return pages;
    }

    private static byte[]? ReadStream(byte[] pdf, string text, int offset)
    {
        var dictionary = Dictionary(text, offset);
        if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || Reference(dictionary, "/Length") is not { } length)
            return null;
        var start = text.IndexOf("stream", offset, StringComparison.Ordinal) + "stream".Length;
        start += text[start] == '\r' ? 2 : 1;
        using var input = new ZLibStream(new MemoryStream(pdf, start, length), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
            zlib.Write(data);
        return output.ToArray();
    }

    private static void Ascii(Stream stream, string value) => stream.Write(Encoding.Latin1.GetBytes(value));

    /// <summary>The integer after <paramref name="key"/> (an object number for a reference).</summary>
    private static int? Reference(string dictionary, string key)
    {
        var at = dictionary.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = dictionary.AsSpan(at + key.Length).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            end++;
        return end == 0 ? null : int.Parse(rest[..end], CultureInfo.InvariantCulture);
    }
}
