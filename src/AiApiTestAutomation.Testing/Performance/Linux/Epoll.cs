using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AiApiTestAutomation.Testing.Performance.Linux;

/// <summary>
/// The few libc calls the epoll engine makes: an event queue, and send/recv on raw descriptors. Blittable
/// signatures only, so each call is a direct transition with no marshalling.
/// </summary>
internal static class Epoll
{
    public const uint In = 0x001;
    public const uint Out = 0x004;
    public const uint Error = 0x008;
    public const uint HangUp = 0x010;

    private const string Libc = "libc";
    private const int CtlAdd = 1;
    private const int CtlModify = 3;
    private const int NoSignal = 0x4000; // MSG_NOSIGNAL: a peer's reset is an error code, not a SIGPIPE
    private const int TryAgain = 11; // EAGAIN
    private const int Interrupted = 4; // EINTR
    private const int NotImplemented = 38; // ENOSYS

    // x86-64 packs struct epoll_event (12 bytes); elsewhere its 64-bit data field is aligned (16 bytes).
    public static readonly int EventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int DataOffset = EventSize == 12 ? 4 : 8;

    private static readonly Lazy<bool> Available = new(Probe);
    private static bool precise = true;

    /// <summary>Linux on x86-64 or ARM64, with a libc that answers.</summary>
    public static bool IsSupported => Available.Value;

    public static int Create()
    {
        var fd = epoll_create1(0x80000); // EPOLL_CLOEXEC
        return fd >= 0 ? fd : throw Failure("epoll_create1");
    }

    public static void Add(int epoll, int fd, uint events, ulong data) => Control(epoll, CtlAdd, fd, events, data);

    public static void Modify(int epoll, int fd, uint events, ulong data) => Control(epoll, CtlModify, fd, events, data);

    /// <summary>
    /// Waits for events, at most <paramref name="timeoutTicks"/> Stopwatch ticks (negative: no limit); returns
    /// how many <paramref name="events"/> holds. Sub-millisecond timeouts need epoll_pwait2 (Linux 5.11, glibc
    /// 2.35); without it a wait rounds down to whole milliseconds and the caller polls the rest.
    /// </summary>
    public static int Wait(int epoll, Span<byte> events, long timeoutTicks)
    {
        var capacity = events.Length / EventSize;
        int count;
        if (timeoutTicks >= 0 && precise)
        {
            var nanoseconds = (long)(timeoutTicks * (1_000_000_000.0 / Stopwatch.Frequency));
            var timeout = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
            try
            {
                count = epoll_pwait2(epoll, ref MemoryMarshal.GetReference(events), capacity, in timeout, IntPtr.Zero);
                if (count >= 0 || Marshal.GetLastPInvokeError() != NotImplemented)
                {
                    return Checked(count, "epoll_pwait2");
                }
            }
            catch (EntryPointNotFoundException)
            {
            }

            precise = false;
        }

        var milliseconds = timeoutTicks < 0 ? -1 : (int)Math.Min(int.MaxValue, timeoutTicks * 1000 / Stopwatch.Frequency);
        count = epoll_wait(epoll, ref MemoryMarshal.GetReference(events), capacity, milliseconds);
        return Checked(count, "epoll_wait");
    }

    public static uint EventsAt(ReadOnlySpan<byte> events, int index) =>
        MemoryMarshal.Read<uint>(events.Slice(index * EventSize));

    public static ulong DataAt(ReadOnlySpan<byte> events, int index) =>
        MemoryMarshal.Read<ulong>(events.Slice((index * EventSize) + DataOffset));

    /// <summary>Bytes written, 0 when the socket's buffer is full; a failure is an <see cref="System.IO.IOException"/> naming it.</summary>
    public static int Send(int fd, ReadOnlySpan<byte> bytes)
    {
        var sent = send(fd, ref MemoryMarshal.GetReference(bytes), (nuint)bytes.Length, NoSignal);
        return sent >= 0 ? (int)sent : Marshal.GetLastPInvokeError() == TryAgain ? 0 : throw Failure("send");
    }

    /// <summary>Bytes read, 0 at the end of the stream, -1 when nothing is there yet.</summary>
    public static int Receive(int fd, Span<byte> buffer)
    {
        var read = recv(fd, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, 0);
        return read >= 0 ? (int)read : Marshal.GetLastPInvokeError() == TryAgain ? -1 : throw Failure("recv");
    }

    public static void Close(int fd) => close(fd);

    /// <summary>
    /// Lets the calling thread's timed waits end when asked (1 ns slack instead of Linux's default 50 µs), so an
    /// open-loop request starts on time rather than up to 50 µs late.
    /// </summary>
    public static void UsePreciseTimers() => prctl(29, 1, 0, 0, 0); // PR_SET_TIMERSLACK

    private static int Checked(int count, string call) =>
        count >= 0 ? count : Marshal.GetLastPInvokeError() == Interrupted ? 0 : throw Failure(call);

    private static void Control(int epoll, int operation, int fd, uint events, ulong data)
    {
        Span<byte> entry = stackalloc byte[16];
        MemoryMarshal.Write(entry, in events);
        MemoryMarshal.Write(entry.Slice(DataOffset), in data);
        if (epoll_ctl(epoll, operation, fd, ref entry[0]) < 0)
        {
            throw Failure("epoll_ctl");
        }
    }

    private static System.IO.IOException Failure(string call)
    {
        var error = Marshal.GetLastPInvokeError();
        return new System.IO.IOException(call + ": " + Marshal.GetPInvokeErrorMessage(error), error);
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return false;
        }

        try
        {
            var fd = epoll_create1(0x80000);
            if (fd < 0)
            {
                return false;
            }

            close(fd);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport(Libc, SetLastError = true)]
    private static extern int epoll_create1(int flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern int epoll_ctl(int epfd, int op, int fd, ref byte eventEntry);

    [DllImport(Libc, SetLastError = true)]
    private static extern int epoll_wait(int epfd, ref byte events, int maxEvents, int timeout);

    [DllImport(Libc, SetLastError = true)]
    private static extern int epoll_pwait2(int epfd, ref byte events, int maxEvents, in Timespec timeout, IntPtr signalMask);

    [DllImport(Libc, SetLastError = true)]
    private static extern nint send(int fd, ref byte buffer, nuint length, int flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern nint recv(int fd, ref byte buffer, nuint length, int flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern int close(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
}
