namespace Portalis.Runtime;

/// <summary>
/// <c>time.tzname</c>, <c>time.timezone</c>, <c>time.altzone</c> and <c>time.daylight</c> for the local zone
/// (what <c>_strptime</c> reads for <c>%Z</c>). .NET exposes no zone abbreviations: a zone with UTC's offset
/// and no daylight saving time is <c>('UTC', 'UTC')</c>, as glibc names it; other zones use .NET's names.
/// </summary>
public static partial class TimeModule
{
    /// <summary>
    /// <c>time.strptime(string, format='%a %b %d %H:%M:%S %Y')</c>: Lib/_strptime.py's parser, as CPython calls
    /// it. The translator includes <c>_strptime</c> in a program that names <c>time.strptime</c>.
    /// </summary>
    [PyExport("strptime")]
    public static object? StrPTime([PyPositionalOnly] object? data_string, [PyPositionalOnly] object? format = null) =>
        PyOps.CallMethod(PyImport.Import("_strptime"), "_strptime_time", data_string, format ?? "%a %b %d %H:%M:%S %Y");

    [PyModuleInit]
    private static void Init(PyModule module)
    {
        var zone = TimeZoneInfo.Local;
        var daylight = zone.SupportsDaylightSavingTime;
        var utc = zone.BaseUtcOffset == TimeSpan.Zero && !daylight;
        var standard = utc ? "UTC" : zone.StandardName;
        var summer = utc ? "UTC" : daylight ? zone.DaylightName : zone.StandardName;
        var offset = -(long)zone.BaseUtcOffset.TotalSeconds;
        module.Set("tzname", new PyTuple(standard, summer));
        module.Set("timezone", offset);
        module.Set("altzone", daylight ? offset - 3600 : offset);
        module.Set("daylight", daylight ? 1L : 0L);
        module.Set("_STRUCT_TM_ITEMS", 11L);
    }
}
