namespace Portalis.Runtime;

/// <summary>
/// The abbreviations C's <c>tzname</c> holds (<c>UTC</c>, <c>CET</c>/<c>CEST</c>), which <c>time.tzname</c>,
/// <c>tm_zone</c> and <c>%Z</c> print. .NET only has long display names, so they are read from the POSIX TZ
/// rule at the end of the zone's TZif file (RFC 8536 footer, e.g. <c>CET-1CEST,M3.5.0,M10.5.0/3</c>) or
/// from <c>$TZ</c> when it is such a rule; the display names are the fallback.
/// </summary>
internal static class TimeZoneNames
{
    private static readonly Lazy<(string Std, string Dst, bool HasDst)> s_local = new(() => Compute(TimeZoneInfo.Local));

    /// <summary>The standard and daylight abbreviations of the local zone, and whether its current rule has daylight saving time.</summary>
    public static (string Std, string Dst, bool HasDst) Local => s_local.Value;

    private static (string Std, string Dst, bool HasDst) Compute(TimeZoneInfo zone)
    {
        var rule = Environment.GetEnvironmentVariable("TZ") is { Length: > 0 } tz && !tz.StartsWith(':') && !tz.Contains('/') ? tz : Footer(zone.Id);
        if (rule is not null && Parse(rule) is { } names)
        {
            return names;
        }

        return (zone.StandardName, zone.SupportsDaylightSavingTime ? zone.DaylightName : zone.StandardName, zone.SupportsDaylightSavingTime);
    }

    private static string? Footer(string id)
    {
        try
        {
            var path = Path.Combine("/usr/share/zoneinfo", id);
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var end = bytes.Length - 1;
            if (end < 1 || bytes[end] != (byte)'\n')
            {
                return null;
            }

            var start = Array.LastIndexOf(bytes, (byte)'\n', end - 1);
            return start < 0 ? null : System.Text.Encoding.ASCII.GetString(bytes, start + 1, end - start - 1);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // POSIX TZ: std offset [dst [offset] [,rule]]; a name is letters or <...> (which may hold digits and signs).
    private static (string, string, bool)? Parse(string rule)
    {
        var i = 0;
        var std = Name(rule, ref i);
        if (std is null)
        {
            return null;
        }

        while (i < rule.Length && (char.IsAsciiDigit(rule[i]) || rule[i] is '+' or '-' or ':'))
        {
            i++;
        }

        var dst = Name(rule, ref i);
        return (std, dst ?? std, dst is not null);
    }

    private static string? Name(string rule, ref int i)
    {
        if (i < rule.Length && rule[i] == '<')
        {
            var close = rule.IndexOf('>', i);
            if (close < 0)
            {
                return null;
            }

            var quoted = rule[(i + 1)..close];
            i = close + 1;
            return quoted;
        }

        var start = i;
        while (i < rule.Length && char.IsAsciiLetter(rule[i]))
        {
            i++;
        }

        return i - start >= 3 ? rule[start..i] : null;
    }
}
