using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portalis.Threading;

namespace Portalis.Runtime;

/// <summary>
/// The <c>time</c> module: clocks, <c>sleep</c> through the threading backend (so the controlled
/// scheduler can run simulated time), and <c>struct_time</c> conversions with <c>strftime</c>.
/// </summary>
[PyNativeModule("time")]
public static partial class TimeModule
{
    private static readonly string[] s_structFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary><c>time.time()</c>: seconds since the epoch.</summary>
    [PyExport("time")]
    public static double Time() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;

    /// <summary><c>time.time_ns()</c></summary>
    [PyExport("time_ns")]
    public static long TimeNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>
    /// <c>time.perf_counter()</c> and <c>time.monotonic()</c>: seconds on the clock of
    /// <see cref="ThreadingBackend.Current"/>, the same clock that lock, condition and join timeouts use,
    /// so that under the Controlled backend (<c>portalis run --explore</c>) they read virtual time.
    /// </summary>
    [PyExport("perf_counter")]
    [PyExport("monotonic")]
    public static double PerfCounter() => ThreadingBackend.Current.GetTimestamp() / (double)TimeSpan.TicksPerSecond;

    /// <summary>
    /// <c>time.get_clock_info(name)</c>: the clocks are .NET's, so the resolution is the 100 ns tick of
    /// <see cref="PerfCounter"/> (asyncio's loop adds it to "now" when it collects due timers).
    /// </summary>
    [PyExport("get_clock_info")]
    public static PyStructSeq GetClockInfo(string name)
    {
        var (implementation, monotonic, adjustable) = name switch
        {
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
            "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
            "process_time" or "thread_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
            _ => throw new PyValueError("unknown clock"),
        };
        return new PyStructSeq("namespace", ["implementation", "monotonic", "adjustable", "resolution"], implementation, monotonic, adjustable, 1e-07);
    }

    /// <summary><c>time.perf_counter_ns()</c> and <c>time.monotonic_ns()</c>, on the backend's clock.</summary>
    [PyExport("perf_counter_ns")]
    [PyExport("monotonic_ns")]
    public static long PerfCounterNs() => ThreadingBackend.Current.GetTimestamp() * 100;

    /// <summary><c>time.process_time()</c>: CPU time of the process.</summary>
    [PyExport("process_time")]
    public static double ProcessTime() => Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7;

    /// <summary><c>time.process_time_ns()</c></summary>
    [PyExport("process_time_ns")]
    public static long ProcessTimeNs() => Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;

    // Python/pytime.c, _PyTime_FromSecondsObject: a float (or subclass) as it is, anything else through
    // PyLong_AsLongLong, so only ints and __index__ objects pass ("'str' object cannot be interpreted as an
    // integer", also for Decimal and Fraction).
    private static double SleepSeconds(object? seconds)
    {
        var value = seconds is PyObject o ? PyValueInstance.Unwrap(o) : seconds;
        return value switch
        {
            double d => d,
            System.Numerics.BigInteger => throw new PyOverflowError("timestamp too large to convert to C _PyTime_t"),
            _ => PyOps.ToIndex(seconds),
        };
    }

    /// <summary><c>time.sleep(secs)</c> through <see cref="ThreadingBackend.Current"/>.</summary>
    [PyExport("sleep")]
    public static void Sleep([PyPositionalOnly] object? seconds)
    {
        var secs = SleepSeconds(seconds);
        if (double.IsNaN(secs))
        {
            throw new PyValueError("Invalid value NaN (not a number)");
        }

        if (secs < 0)
        {
            throw new PyValueError("sleep length must be non-negative");
        }

        if (secs > TimeSpan.MaxValue.TotalSeconds)
        {
            throw new PyOverflowError("sleep length is too large");
        }

        MultiprocessingModule.StopIfTerminated();
        ThreadingBackend.Current.Sleep(TimeSpan.FromSeconds(secs));
        MultiprocessingModule.StopIfTerminated();
    }

    /// <summary>
    /// <c>time.struct_time(sequence)</c>: 9 to 11 items (Modules/timemodule.c, the struct sequence type);
    /// tm_zone and tm_gmtoff are None when not given. It is a constructor function here, not a type.
    /// </summary>
    [PyExport("struct_time")]
    public static PyStructSeq StructTime([PyPositionalOnly] object? sequence)
    {
        var items = PyOps.ToArray(sequence);
        if (items.Length is < 9 or > 11)
        {
            throw new PyTypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
        }

        var values = new object?[11];
        items.CopyTo(values, 0);
        return new PyStructSeq("time.struct_time", s_structFields, 9, values);
    }

    /// <summary><c>time.gmtime([secs])</c></summary>
    [PyExport("gmtime")]
    public static PyStructSeq GmTime([PyPositionalOnly] double? secs = null) => ToStruct(ToUtc(secs), 0, "UTC", 0);

    /// <summary><c>time.localtime([secs])</c></summary>
    [PyExport("localtime")]
    public static PyStructSeq LocalTime([PyPositionalOnly] double? secs = null)
    {
        var utc = ToUtc(secs);
        var zone = TimeZoneInfo.Local;
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        var dst = zone.IsDaylightSavingTime(local);
        return ToStruct(local, dst ? 1 : 0, dst ? zone.DaylightName : zone.StandardName, (long)zone.GetUtcOffset(utc).TotalSeconds);
    }

    /// <summary><c>time.mktime(t)</c>: local struct_time to seconds.</summary>
    [PyExport("mktime")]
    public static double MkTime([PyPositionalOnly] object? t)
    {
        var local = FromStruct(t);
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZoneInfo.Local);
        return (utc - DateTime.UnixEpoch).Ticks / 1e7;
    }

    /// <summary><c>time.strftime(format[, t])</c>: the C directives on the C locale.</summary>
    [PyExport("strftime")]
    public static string StrFTime(string format, [PyPositionalOnly] object? t = null)
    {
        var st = t is null ? LocalTime() : t;
        var dt = FromStruct(st);
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 == format.Length)
            {
                builder.Append(c);
                continue;
            }

            var d = format[++i];
            builder.Append(d switch
            {
                'Y' => dt.Year.ToString(CultureInfo.InvariantCulture),
                'y' => (dt.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                'm' => dt.Month.ToString("00", CultureInfo.InvariantCulture),
                'd' => dt.Day.ToString("00", CultureInfo.InvariantCulture),
                'e' => dt.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2),
                'H' => dt.Hour.ToString("00", CultureInfo.InvariantCulture),
                'I' => ((dt.Hour + 11) % 12 + 1).ToString("00", CultureInfo.InvariantCulture),
                'M' => dt.Minute.ToString("00", CultureInfo.InvariantCulture),
                'S' => dt.Second.ToString("00", CultureInfo.InvariantCulture),
                'p' => dt.Hour < 12 ? "AM" : "PM",
                'j' => dt.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
                'a' => s_days[((int)dt.DayOfWeek + 6) % 7][..3],
                'A' => s_days[((int)dt.DayOfWeek + 6) % 7],
                'b' or 'h' => s_months[dt.Month - 1][..3],
                'B' => s_months[dt.Month - 1],
                'w' => ((int)dt.DayOfWeek).ToString(CultureInfo.InvariantCulture),
                'u' => (((int)dt.DayOfWeek + 6) % 7 + 1).ToString(CultureInfo.InvariantCulture),
                'c' => $"{s_days[((int)dt.DayOfWeek + 6) % 7][..3]} {s_months[dt.Month - 1][..3]} {dt.Day,2} {dt:HH:mm:ss} {dt.Year}",
                'x' => dt.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
                'X' or 'T' => dt.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                'D' => dt.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
                'F' => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                'R' => dt.ToString("HH:mm", CultureInfo.InvariantCulture),
                'Z' => st is PyStructSeq { } s && s.Hidden(0) is string zone ? zone : string.Empty,
                'z' => st is PyStructSeq { } s2 && s2.Hidden(1) is long offset ? FormatOffset(offset) : "+0000",
                // glibc's week numbers: weeks starting on Sunday (%U) or Monday (%W), days before the first in week 0.
                'U' => ((dt.DayOfYear + 6 - (int)dt.DayOfWeek) / 7).ToString("00", CultureInfo.InvariantCulture),
                'W' => ((dt.DayOfYear + 6 - (((int)dt.DayOfWeek + 6) % 7)) / 7).ToString("00", CultureInfo.InvariantCulture),
                'V' => ISOWeek.GetWeekOfYear(dt).ToString("00", CultureInfo.InvariantCulture),
                'G' => ISOWeek.GetYear(dt).ToString(CultureInfo.InvariantCulture),
                'g' => (ISOWeek.GetYear(dt) % 100).ToString("00", CultureInfo.InvariantCulture),
                'C' => (dt.Year / 100).ToString("00", CultureInfo.InvariantCulture),
                'k' => dt.Hour.ToString(CultureInfo.InvariantCulture).PadLeft(2),
                'l' => ((dt.Hour + 11) % 12 + 1).ToString(CultureInfo.InvariantCulture).PadLeft(2),
                'P' => dt.Hour < 12 ? "am" : "pm",
                'r' => $"{(dt.Hour + 11) % 12 + 1:00}:{dt.Minute:00}:{dt.Second:00} {(dt.Hour < 12 ? "AM" : "PM")}",
                'n' => "\n",
                't' => "\t",
                '%' => "%",
                _ => "%" + d,
            });
        }

        return builder.ToString();
    }

    /// <summary><c>time.asctime([t])</c></summary>
    [PyExport("asctime")]
    public static string AscTime([PyPositionalOnly] object? t = null) => StrFTime("%a %b %e %H:%M:%S %Y", t ?? LocalTime());

    /// <summary><c>time.ctime([secs])</c></summary>
    [PyExport("ctime")]
    public static string CTime([PyPositionalOnly] double? secs = null) => AscTime(LocalTime(secs));

    private static string FormatOffset(long seconds)
    {
        var sign = seconds < 0 ? '-' : '+';
        seconds = Math.Abs(seconds);
        return $"{sign}{seconds / 3600:00}{seconds % 3600 / 60:00}";
    }

    private static DateTime ToUtc(double? secs)
    {
        if (secs is null)
        {
            return DateTime.UtcNow;
        }

        if (!double.IsFinite(secs.Value))
        {
            throw new PyValueError("Invalid value NaN (not a number)");
        }

        var whole = Math.Floor(secs.Value);
        try
        {
            return DateTime.UnixEpoch.AddSeconds(whole);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new PyOverflowError("timestamp out of range for platform time_t");
        }
    }

    private static PyStructSeq ToStruct(DateTime t, long isDst, string zone, long offset) => new(
        "time.struct_time",
        s_structFields,
        9,
        [(long)t.Year, (long)t.Month, (long)t.Day, (long)t.Hour, (long)t.Minute, (long)t.Second, (long)(((int)t.DayOfWeek + 6) % 7), (long)t.DayOfYear, isDst, zone, offset]);

    private static DateTime FromStruct(object? t)
    {
        var items = PyOps.ToArray(t is PyStructSeq s ? s.Tuple : t);
        if (items.Length < 9)
        {
            throw new PyTypeError("function takes exactly 9 arguments (" + items.Length + " given)");
        }

        var year = (int)PyArg.ToLong(items[0]);
        var month = Math.Clamp((int)PyArg.ToLong(items[1]), 1, 12);
        var day = Math.Clamp((int)PyArg.ToLong(items[2]), 1, DateTime.DaysInMonth(year, month));
        return new DateTime(year, month, day, (int)PyArg.ToLong(items[3]), (int)PyArg.ToLong(items[4]), Math.Min(59, (int)PyArg.ToLong(items[5])), DateTimeKind.Unspecified);
    }
}
