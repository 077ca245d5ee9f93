using System.Globalization;
using System.Text;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>A prepared request as the bytes an HTTP/1.1 client writes: encoded once, sent as often as the run needs.</summary>
internal static class Http1RequestBytes
{
    public static byte[] Encode(PreparedRequest request)
    {
        var head = new StringBuilder();
        head.Append(request.Method.Method).Append(' ').Append(request.Url.PathAndQuery).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(request.Url.Authority).Append("\r\n");
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key, "Host", System.StringComparison.OrdinalIgnoreCase))
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
        }

        if (request.Body is { } body)
        {
            foreach (var header in request.ContentHeaders)
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        else if (request.Method.Method is "POST" or "PUT" or "PATCH")
        {
            head.Append("Content-Length: 0\r\n");
        }

        head.Append("\r\n");
        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        if (request.Body is null)
        {
            return headBytes;
        }

        var bytes = new byte[headBytes.Length + request.Body.Length];
        headBytes.CopyTo(bytes, 0);
        request.Body.CopyTo(bytes, headBytes.Length);
        return bytes;
    }

    public static bool IsHead(PreparedRequest request) => request.Method.Method == "HEAD";
}
