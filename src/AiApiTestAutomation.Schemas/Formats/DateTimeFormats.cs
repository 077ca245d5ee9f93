using AiApiTestAutomation.Schemas.Compat;
using System;

namespace AiApiTestAutomation.Schemas.Formats;

/// <summary>RFC 3339 <c>full-date</c>, <c>full-time</c> and <c>date-time</c>, including the leap second rule.</summary>
internal static class DateTimeFormats
{
    public static bool IsDate(string text) => TryParseDate(text.AsSpan(), out _, out _, out _);

    public static bool IsTime(string text) => TryParseTime(text.AsSpan(), out _);

    public static bool IsDateTime(string text)
    {
        int separator = text.IndexOfAny(['T', 't']);
        return separator == 10
            && TryParseDate(text.AsSpan(0, 10), out _, out _, out _)
            && TryParseTime(text.AsSpan(11), out _);
    }

    private static bool TryParseDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.Slice(0, 4), out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    // full-time = HH:MM:SS[.frac](Z|+HH:MM|-HH:MM); second 60 only when it is 23:59:60 in UTC.
    private static bool TryParseTime(ReadOnlySpan<char> text, out int utcMinutes)
    {
        utcMinutes = 0;
        if (text.Length < 9 || text[2] != ':' || text[5] != ':'
            || !TryDigits(text.Slice(0, 2), out int hour) || !TryDigits(text.Slice(3, 2), out int minute) || !TryDigits(text.Slice(6, 2), out int second))
        {
            return false;
        }

        int index = 8;
        if (text[index] == '.')
        {
            int fractionStart = ++index;
            while (index < text.Length && Ascii.IsDigit(text[index]))
            {
                index++;
            }

            if (index == fractionStart)
            {
                return false;
            }
        }

        if (!TryParseOffset(text.Slice(index), out int offsetMinutes) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        utcMinutes = (((hour * 60) + minute - offsetMinutes) % 1440 + 1440) % 1440;
        return second < 60 || utcMinutes == (23 * 60) + 59;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out int minutes)
    {
        minutes = 0;
        if (text.Length == 1 && (text[0] == 'Z' || text[0] == 'z'))
        {
            return true;
        }

        if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':'
            || !TryDigits(text.Slice(1, 2), out int hours) || !TryDigits(text.Slice(4, 2), out int mins) || hours > 23 || mins > 59)
        {
            return false;
        }

        minutes = (text[0] == '-' ? -1 : 1) * ((hours * 60) + mins);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!Ascii.IsDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
