using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>
/// A real TCP server on 127.0.0.1 that answers each HTTP request it reads with what the test's script says:
/// the bytes to write, and whether to close the connection afterwards. Every request it read is kept (a body
/// longer than 64 KB as its length only, so that tests of large bodies do not keep them).
/// </summary>
internal sealed class ScriptedHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, (string Answer, bool Close)> script;
    private readonly CancellationTokenSource stop = new();
    private int served;
    private int connections;

    public ScriptedHttpServer(Func<int, (string Answer, bool Close)> script)
    {
        this.script = script;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Connections => Volatile.Read(ref connections);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await ReadRequestAsync(stream, stop.Token) is { } request)
                {
                    Requests.Enqueue(request);
                    var (answer, close) = script(Interlocked.Increment(ref served));
                    if (answer.Length > 0)
                    {
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), stop.Token);
                    }

                    if (close)
                    {
                        return;
                    }
                }
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
            }
            catch (System.IO.IOException)
            {
                // The client closed the connection.
            }
        }
    }

    /// <summary>One request (head and Content-Length body), or null when the client closed the connection.</summary>
    public static async Task<string?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new byte[1];
        while (!text.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, cancellationToken) == 0)
            {
                return null;
            }

            text.Append((char)buffer[0]);
        }

        var head = text.ToString();
        var lengthAt = head.IndexOf("Content-Length: ", StringComparison.Ordinal);
        if (lengthAt >= 0)
        {
            var length = int.Parse(head.AsSpan(lengthAt + 16, head.IndexOf('\r', lengthAt) - lengthAt - 16));
            var body = new byte[length];
            await stream.ReadExactlyAsync(body, cancellationToken);
            text.Append(length <= 64 * 1024 ? Encoding.UTF8.GetString(body) : $"<{length} bytes, last {(char)body[^1]}>");
        }

        return text.ToString();
    }
}
