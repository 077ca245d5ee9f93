using System;
using System.Net;
using System.Net.Sockets;

namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>Where a connection of the epoll loop stands with its current request.</summary>
internal enum ConnectionState
{
    Closed,
    Connecting,
    Sending,
    Receiving,
    Idle,
}

/// <summary>
/// One non-blocking HTTP/1.1 connection of an <see cref="EpollLoop"/>: its socket, its place in the request
/// (sent how far, answered how far) and the times the request is measured from. The loop drives it.
/// </summary>
internal sealed class EpollConnection : IDisposable
{
    private Socket? socket;

    public EpollConnection(int slot) => Slot = slot;

    /// <summary>The connection's index in its loop; with <see cref="Generation"/>, the epoll data of its events.</summary>
    public int Slot { get; }

    /// <summary>Bumped at every new socket, so a late event for a closed one is recognised and dropped.</summary>
    public uint Generation { get; private set; }

    public ulong EventData => ((ulong)Generation << 32) | (uint)Slot;

    public int Descriptor { get; private set; } = -1;

    public ConnectionState State { get; set; }

    public Http1ResponseReader Reader { get; } = new();

    public int SendOffset { get; set; }

    /// <summary>Whether the loop asked epoll for writability (a connect in progress, or a send that filled the buffer).</summary>
    public bool WatchingWrites { get; set; }

    /// <summary>When the request was due (open loop: its scheduled time) and when it was actually sent.</summary>
    public long Intended { get; set; }

    public long Sent { get; set; }

    /// <summary>Responses read on the current socket; a failure after some is likely the server's idle close.</summary>
    public int Served { get; set; }

    /// <summary>Whether the current request is already a retry on a fresh socket.</summary>
    public bool Retried { get; set; }

    /// <summary>Starts a non-blocking connect; true when it completed at once (rare, but loopback may).</summary>
    public bool BeginConnect(EndPoint endpoint)
    {
        Close();
        var fresh = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, Blocking = false };
        socket = fresh;
        Descriptor = (int)fresh.Handle;
        Generation++;
        Served = 0;
        try
        {
            fresh.Connect(endpoint);
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            return false;
        }
    }

    public void Close()
    {
        socket?.Dispose(); // closing the descriptor also takes it out of the epoll set
        socket = null;
        Descriptor = -1;
        State = ConnectionState.Closed;
        WatchingWrites = false;
    }

    public void Dispose() => Close();
}
