using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>
/// One thread's share of an epoll run: its connections, one epoll set, and the loop that sends, reads and
/// records. A request costs a send, a receive and a share of one epoll_wait, with no task, no thread hop and
/// no allocation, which is what lets the client stay within a few per cent of wrk on the same cores.
/// </summary>
internal sealed class EpollLoop : IDisposable
{
    private const int MaxEvents = 256;

    // Without events the loop still wakes this often to see the caller's cancellation and its deadline.
    private static readonly long MaxWaitTicks = Stopwatch.Frequency / 20;

    private readonly int epoll;
    private readonly EndPoint endpoint;
    private readonly byte[] request;
    private readonly bool isHead;
    private readonly EpollConnection[] connections;
    private readonly Stack<EpollConnection> idle = new();

    // Failed connections wait here for the next turn of the loop: going on at once would recurse while a
    // refused connect fails synchronously again and again.
    private readonly Queue<EpollConnection> failed = new();
    private readonly byte[] events = new byte[MaxEvents * Epoll.EventSize];

    private LatencyRecorder recorder = new();
    private ClosedLoopBudget? budget;
    private OpenLoopSchedule? schedule;
    private int inFlight;

    public EpollLoop(EndPoint endpoint, byte[] request, bool isHead, int connectionCount)
    {
        this.endpoint = endpoint;
        this.request = request;
        this.isHead = isHead;
        connections = new EpollConnection[connectionCount];
        for (var i = 0; i < connections.Length; i++)
        {
            connections[i] = new EpollConnection(i);
        }

        epoll = Epoll.Create();
    }

    /// <summary>Each connection sends its next request as soon as the previous one answers, while the budget allows.</summary>
    public LatencyRecorder RunClosed(ClosedLoopBudget closed, long abandonAt, CancellationToken cancellationToken)
    {
        Begin(closed, null);
        var now = Stopwatch.GetTimestamp();
        foreach (var connection in connections)
        {
            if (closed.TryTake(now))
            {
                Start(connection, now);
            }
            else
            {
                idle.Push(connection);
            }
        }

        Pump(abandonAt, cancellationToken);
        return recorder;
    }

    /// <summary>Requests start at their scheduled times on whichever connection is free; each counts from its schedule.</summary>
    public LatencyRecorder RunOpen(OpenLoopSchedule open, long abandonAt, CancellationToken cancellationToken)
    {
        Begin(null, open);
        foreach (var connection in connections)
        {
            idle.Push(connection);
        }

        Pump(abandonAt, cancellationToken);
        return recorder;
    }

    public void Dispose()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }

        Epoll.Close(epoll);
    }

    private void Begin(ClosedLoopBudget? closed, OpenLoopSchedule? open)
    {
        recorder = new LatencyRecorder();
        budget = closed;
        schedule = open;
        inFlight = 0;
        idle.Clear();
        failed.Clear();
    }

    private void Pump(long abandonAt, CancellationToken cancellationToken)
    {
        while (inFlight > 0 || failed.Count > 0 || schedule?.HasMore == true)
        {
            var now = Stopwatch.GetTimestamp();
            if (cancellationToken.IsCancellationRequested || now >= abandonAt)
            {
                Abandon(countAsErrors: !cancellationToken.IsCancellationRequested);
                return;
            }

            for (var retries = failed.Count; retries > 0; retries--)
            {
                Next(failed.Dequeue(), now); // may fail again at once: it then waits for the next turn
            }

            var wait = Math.Min(MaxWaitTicks, abandonAt - now);
            if (schedule is { } open)
            {
                while (open.HasMore && idle.Count > 0 && open.NextDue <= now)
                {
                    Start(idle.Pop(), open.Take());
                }

                if (open.HasMore && idle.Count > 0)
                {
                    wait = Math.Min(wait, Math.Max(0, open.NextDue - Stopwatch.GetTimestamp()));
                }
            }

            var count = Epoll.Wait(epoll, events, failed.Count > 0 ? 0 : wait);
            for (var i = 0; i < count; i++)
            {
                var data = Epoll.DataAt(events, i);
                var connection = connections[(int)(uint)data];
                if ((uint)(data >> 32) == connection.Generation && connection.Descriptor >= 0)
                {
                    Handle(connection, Epoll.EventsAt(events, i));
                }
            }
        }
    }

    private void Start(EpollConnection connection, long intended)
    {
        inFlight++;
        connection.Intended = intended;
        connection.Retried = false;
        Send(connection);
    }

    /// <summary>Sends the request on the connection, opening a socket first when it has none.</summary>
    private void Send(EpollConnection connection)
    {
        connection.Sent = Stopwatch.GetTimestamp();
        if (connection.Descriptor < 0)
        {
            Connect(connection);
        }
        else
        {
            BeginSending(connection);
        }
    }

    private void Connect(EpollConnection connection)
    {
        try
        {
            var connected = connection.BeginConnect(endpoint);
            connection.State = ConnectionState.Connecting;
            connection.WatchingWrites = true;
            Epoll.Add(epoll, connection.Descriptor, Epoll.In | Epoll.Out, connection.EventData);
            if (connected)
            {
                BeginSending(connection);
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            Fail(connection, "connect: " + ex.Message);
        }
    }

    private void BeginSending(EpollConnection connection)
    {
        connection.Reader.Begin(isHead);
        connection.SendOffset = 0;
        connection.State = ConnectionState.Sending;
        ContinueSending(connection);
    }

    private void ContinueSending(EpollConnection connection)
    {
        try
        {
            while (connection.SendOffset < request.Length)
            {
                var sent = Epoll.Send(connection.Descriptor, request.AsSpan(connection.SendOffset));
                if (sent == 0)
                {
                    Watch(connection, writes: true); // the socket's buffer is full: go on when it drains
                    return;
                }

                connection.SendOffset += sent;
            }

            connection.State = ConnectionState.Receiving;
            Watch(connection, writes: false);
        }
        catch (IOException ex)
        {
            Fail(connection, ex.Message);
        }
    }

    private void Watch(EpollConnection connection, bool writes)
    {
        if (connection.WatchingWrites != writes)
        {
            connection.WatchingWrites = writes;
            Epoll.Modify(epoll, connection.Descriptor, writes ? Epoll.In | Epoll.Out : Epoll.In, connection.EventData);
        }
    }

    private void Handle(EpollConnection connection, uint flags)
    {
        switch (connection.State)
        {
            case ConnectionState.Connecting:
                // Writable means connected; a refused connect shows as an error, which the first send reports by name.
                BeginSending(connection);
                break;
            case ConnectionState.Sending:
                if ((flags & Epoll.Out) != 0)
                {
                    ContinueSending(connection);
                }

                if (connection.State != ConnectionState.Closed && (flags & (Epoll.In | Epoll.Error | Epoll.HangUp)) != 0)
                {
                    Receive(connection);
                }

                break;
            case ConnectionState.Receiving:
                Receive(connection);
                break;
            case ConnectionState.Idle:
                // An idle connection only hears the server closing it (or garbage): open a fresh one when next needed.
                connection.Close();
                break;
        }
    }

    private void Receive(EpollConnection connection)
    {
        var reader = connection.Reader;
        try
        {
            var space = reader.FreeSpace();
            var read = Epoll.Receive(connection.Descriptor, space.Span);
            if (read > 0 ? reader.Received(read) : read == 0 && reader.EndOfStream())
            {
                Complete(connection);
            }
        }
        catch (IOException ex)
        {
            Fail(connection, ex.Message);
        }
    }

    private void Complete(EpollConnection connection)
    {
        var end = Stopwatch.GetTimestamp();
        inFlight--;
        connection.Served++;
        var reader = connection.Reader;
        if (!reader.KeepAlive || connection.State == ConnectionState.Sending)
        {
            connection.Close(); // answered before the whole request was sent: the stream is out of step
        }
        else
        {
            connection.State = ConnectionState.Idle;
        }

        Record(reader.Status, connection, end);
        Next(connection, end);
    }

    private void Fail(EpollConnection connection, string error)
    {
        var staleKeepAlive = connection.Served > 0 && !connection.Retried && !connection.Reader.Started;
        connection.Close();
        if (staleKeepAlive)
        {
            // A kept-alive connection the server closed while idle: retry once on a fresh one, as HttpClient does.
            connection.Retried = true;
            Connect(connection);
            return;
        }

        inFlight--;
        recorder.NoteError(error);
        Record(0, connection, Stopwatch.GetTimestamp());
        failed.Enqueue(connection);
    }

    private void Record(int status, EpollConnection connection, long end)
    {
        if (schedule is null)
        {
            recorder.RecordLatency(status, end - connection.Sent);
        }
        else
        {
            recorder.Record(status, end - connection.Intended, end - connection.Sent);
        }
    }

    private void Next(EpollConnection connection, long now)
    {
        if (budget is { } closed && closed.TryTake(now))
        {
            Start(connection, Stopwatch.GetTimestamp());
        }
        else
        {
            idle.Push(connection);
        }
    }

    /// <summary>Ends a phase with requests still out: their connections are closed, since an answer could still arrive on them.</summary>
    private void Abandon(bool countAsErrors)
    {
        var end = Stopwatch.GetTimestamp();
        foreach (var connection in connections)
        {
            if (connection.State is ConnectionState.Connecting or ConnectionState.Sending or ConnectionState.Receiving)
            {
                connection.Close();
                if (countAsErrors)
                {
                    recorder.NoteError("no response within the time limit");
                    Record(0, connection, end);
                }
            }
        }

        inFlight = 0;
    }
}
