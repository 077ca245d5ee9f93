using AiApiTestAutomation.Schemas.Compat;
using System;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Schemas.Formats;

/// <summary>uuid, email, uri, ipv4, ipv6 and hostname, checked strictly enough to catch real mistakes.</summary>
internal static class NetworkFormats
{
    private static readonly Regex Uuid = new("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex EmailLocalPart = new(@"^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*|""(?:[^""\\\r\n]|\\.)*"")$", RegexOptions.CultureInvariant);
    private static readonly Regex UriPattern = new(@"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>""{}|\\^`]*$", RegexOptions.CultureInvariant);
    private static readonly Regex HostnameLabel = new("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

    public static bool IsUuid(string text) => Uuid.IsMatch(text);

    public static bool IsEmail(string text)
    {
        int at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || !EmailLocalPart.IsMatch(text.Substring(0, at)))
        {
            return false;
        }

        string domain = text.Substring(at + 1);
        if (domain.Length > 1 && domain[0] == '[' && domain[domain.Length - 1] == ']')
        {
            string literal = domain.Substring(1, domain.Length - 2);
            return literal.StartsWith("IPv6:", StringComparison.Ordinal) ? IsIpv6(literal.Substring(5)) : IsIpv4(literal);
        }

        return IsHostname(domain);
    }

    public static bool IsUri(string text) => UriPattern.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out _);

    public static bool IsIpv4(string text)
    {
        string[] parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            int value = 0;
            foreach (char c in part)
            {
                if (!Ascii.IsDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value > 255)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIpv6(string text)
    {
        foreach (char c in text)
        {
            if (!Ascii.IsHexDigit(c) && c != ':' && c != '.')
            {
                return false;
            }
        }

        int lastColon = text.LastIndexOf(':');
        if (text.IndexOf('.') >= 0 && (lastColon < 0 || !IsIpv4(text.Substring(lastColon + 1))))
        {
            return false;
        }

        return IPAddress.TryParse(text, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    public static bool IsHostname(string text)
    {
        if (text.Length is 0 or > 253)
        {
            return false;
        }

        foreach (string label in text.Split('.'))
        {
            if (!HostnameLabel.IsMatch(label) || (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }
}
