using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

/// <summary>
/// One of the concurrent senders: its own keep-alive connection, one request in flight at a time, distinct
/// bodies. A delivery scheduled while the previous one is still in flight waits in the backlog and is sent the
/// moment the connection is free, still measured from its scheduled time.
/// </summary>
internal sealed class Sender(int index, RawHttpConnection connection, string requestLine, Stopwatch clock, TimeSpan warmupEnd, CancellationToken cancellation)
{
    private readonly Queue<TimeSpan> backlog = new();
    private readonly byte[] request = new byte[1024];
    private int delivery;
    private bool busy;

    public List<long> LatenciesUs { get; } = new(capacity: 1 << 14);

    public List<long> SendLagUs { get; } = new(capacity: 1 << 14);

    public List<int> AcceptedDeliveries { get; } = new(capacity: 1 << 14);

    public long Errors { get; private set; }

    public int Index => index;

    public bool InFlight
    {
        get
        {
            lock (backlog)
            {
                return busy;
            }
        }
    }

    public static string Body(int sender, int delivery) =>
        $"{{\"event\":\"API_UPDATED\",\"title\":\"bench\",\"content\":\"sender {sender} delivery {delivery}\"}}";

    /// <summary>Open loop: called by the dispatcher at (or just after) <paramref name="scheduled"/>.</summary>
    public void Fire(TimeSpan scheduled)
    {
        lock (backlog)
        {
            if (busy)
            {
                backlog.Enqueue(scheduled);
                return;
            }

            busy = true;
        }

        _ = RunAsync(scheduled);
    }

    /// <summary>Closed loop: the next delivery goes out as soon as the previous answer arrived.</summary>
    public async Task RunClosedLoopAsync(TimeSpan end)
    {
        while (clock.Elapsed < end && !cancellation.IsCancellationRequested)
        {
            await SendOneAsync(clock.Elapsed);
        }
    }

    private async Task RunAsync(TimeSpan scheduled)
    {
        while (true)
        {
            await SendOneAsync(scheduled);
            lock (backlog)
            {
                if (!backlog.TryDequeue(out scheduled))
                {
                    busy = false;
                    return;
                }
            }
        }
    }

    private async ValueTask SendOneAsync(TimeSpan scheduled)
    {
        var number = delivery++;
        var status = 0;
        var sentAt = clock.Elapsed;
        try
        {
            connection.Send(BuildRequest(number));
            status = await connection.ReadResponseAsync(cancellation);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or FormatException)
        {
        }

        var latency = clock.Elapsed - scheduled;
        if (status == 202)
        {
            AcceptedDeliveries.Add(number);
        }

        if (scheduled < warmupEnd)
        {
            return;
        }

        if (status == 202)
        {
            LatenciesUs.Add((long)latency.TotalMicroseconds);
            SendLagUs.Add((long)(sentAt - scheduled).TotalMicroseconds);
        }
        else
        {
            Errors++;
        }
    }

    private ReadOnlySpan<byte> BuildRequest(int number)
    {
        var body = Body(index, number);
        var text = $"{requestLine}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
        var length = Encoding.UTF8.GetBytes(text, request);
        return request.AsSpan(0, length);
    }
}
